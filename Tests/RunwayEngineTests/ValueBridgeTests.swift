import Foundation
import RunwayEngine
import RunwayModel
import RunwayScenarioFile
import Testing

/// Value apart from financing, the bridge to the equity value, and each
/// priced raise's effect on the value per share, against hand figures.
struct ValueBridgeTests {
  /// A raise priced above, at and below the value per share.
  ///
  /// Cash of 10M on the valuation date (2021-01-01) and 1M shares: 10 a
  /// share. A raise of 5M on the valuation date (no discounting) at price
  /// P issues 5M/P shares, and the value per share after it is
  /// (10M + 5M)/(1M + 5M/P): at 20, 15M/1.25M = 12 (accretive); at 10,
  /// 15M/1.5M = 10 (no change); at 5, 15M/2M = 7.5 (dilutive).
  @Test(arguments: [
    ("pricePerShare: 20", 12.0, "accretive"), ("pricePerShare: 10", 10.0, "neutral"),
    ("pricePerShare: 5", 7.5, "dilutive"),
    // The same three prices written as a pre-money value or a share count.
    ("preMoney: 20M", 12.0, "accretive"), ("shares: 500k", 10.0, "neutral"),
    ("shares: 1M", 7.5, "dilutive"),
  ])
  func aRaiseAddsToOrDilutesTheValuePerShare(price: String, after: Double, effect: String)
    throws
  {
    let text =
      Valuing.settings(horizon: "2023", extra: "  startingCash: 10M\n  sharesOutstanding: 1M")
        + """
        funding:
          round: {kind: equity, investor: Fund, date: 2021-01-01, amount: 5M, \(price)}
        """
    let result = try Valuing.run(text, paths: 100)
    // Financing is not value: with nothing else, the enterprise is worth 0.
    #expect(result.rnpv == 0)
    #expect(result.monteCarlo.mean == 0)
    #expect(result.bridge.line("equity")?.rnpv == 10e6)
    #expect(result.equity.valuePerShare == 10)
    let raise = try #require(result.equity.raises.first)
    #expect(raise.valuePerShareBefore == 10)
    #expect(abs(try #require(raise.valuePerShareAfter) - after) < 1e-12)
    #expect(raise.effect == effect)
    // Its cash is in the runway: 10M + 5M at the end of 2021.
    let cash = try #require(result.cashflows.first { $0.period == "2021" })
    #expect(cash.cashPosition.mean == 15e6)
  }

  /// A raise with no price is cash only: no dilution can be shown.
  @Test func anUnpricedRaiseIsCashOnly() throws {
    let text =
      Valuing.settings(horizon: "2023", extra: "  sharesOutstanding: 1M") + """
        funding:
          round: {kind: equity, investor: Fund, date: 2021-07-01, amount: 5M}
        """
    let result = try Valuing.run(text, paths: 100)
    #expect(result.rnpv == 0)
    let raise = try #require(result.equity.raises.first)
    #expect(raise.pricePerShare == nil && raise.valuePerShareAfter == nil)
    #expect(raise.effect == "unknown")
    // Day 181 at 10 %: 5M × 1.1^(−181/365).
    #expect(abs(raise.presentValue - 5e6 * pow(1.1, -181.0 / 365)) < 1e-6)
  }

  /// The flagship's bridge adds up line by line, analytic and Monte Carlo,
  /// and its enterprise value leaves the €39.7M of share capital out.
  @Test func theFlagshipsBridgeAddsUp() throws {
    let scenario = try ScenarioFile.load(path: "scenarios/promethera-portfolio.yaml").get()
      .scenario
    let result = try Valuation.run(scenario, options: Valuation.Options(paths: 4_096, threads: 2))
    let bridge = result.bridge
    let sections = ["programmes", "deals", "non-dilutive-funding", "corporate-costs", "taxes"]
    let lines = sections.compactMap(bridge.line)
    #expect(lines.count == sections.count)
    let enterprise = try #require(bridge.line("enterprise"))
    let parts = lines.reduce(0) { $0 + $1.rnpv }
    #expect(abs(parts - enterprise.rnpv) < 1e-6 * abs(enterprise.rnpv))
    #expect(abs(lines.reduce(0) { $0 + $1.mean } - enterprise.mean) < 1e-6 * abs(enterprise.mean))
    let value = result.components.filter { $0.section != "financing" }
    #expect(abs(value.reduce(0) { $0 + $1.rnpv } - result.rnpv) < 1e-6)
    let cash = try #require(bridge.line("cash"))
    // Its starting cash is uncertain (a PERT from 4M to 10M): the line
    // keeps its spread.
    #expect(cash.p10 < cash.p50 && cash.p50 < cash.p90)
    // What is owed on the RCAs and subsidies received before 2019.
    let owed = try #require(bridge.line("liabilities"))
    #expect(owed.rnpv < 0)
    let equity = try #require(bridge.line("equity"))
    #expect(abs(enterprise.rnpv + cash.rnpv + owed.rnpv - equity.rnpv) < 1e-6)
    #expect(abs(enterprise.mean + cash.mean + owed.mean - equity.mean) < 1e-3)
    let financing = result.components.filter { $0.section == "financing" }
    #expect(Set(financing.map(\.id)) == ["itochu-equity", "series-d"])
  }

  /// Walloon-package states no starting cash but owes on history, so its
  /// run keeps the equity value per path: its cash line is still exactly
  /// zero, not the round-off of equity − enterprise + owed (a mean of
  /// 1.06e-8 and a P10 of −9.5e-10 before).
  @Test func anUnstatedCashIsExactlyZero() throws {
    let scenario = try ScenarioFile.load(path: "scenarios/walloon-package.yaml").get().scenario
    let result = try Valuation.run(scenario, options: Valuation.Options(paths: 2_000, threads: 2))
    let cash = try #require(result.bridge.line("cash"))
    #expect(
      [cash.rnpv, cash.mean, cash.standardError, cash.p10, cash.p50, cash.p90] == [
        0, 0, 0, 0, 0, 0,
      ])
    #expect(try #require(result.bridge.line("liabilities")).rnpv < 0)
  }

  /// `itochu-investment` showed a 0.08 % chance of loss because €10M of
  /// share capital counted as a gain: its value is now the same on every
  /// path with the raise at zero (common random numbers), so the raise
  /// changes nothing but the cash.
  @Test func itochusChanceOfLossNoLongerCountsShareCapital() throws {
    func result(_ overrides: [Override]) throws -> ValuationResult {
      let scenario = try ScenarioFile.load(
        path: "scenarios/itochu-investment.yaml", overrides: overrides
      ).get().scenario
      return try Valuation.run(scenario, options: Valuation.Options(paths: 4_096, threads: 2))
    }
    let with = try result([])
    let without = try result([Override(path: "funding.itochu-equity.amount", value: "0")])
    #expect(with.monteCarlo == without.monteCarlo)
    #expect(with.rnpv == without.rnpv)
    #expect(with.monteCarlo.probabilityNegative > 0.5)
  }
}
