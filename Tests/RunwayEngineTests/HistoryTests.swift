import Foundation
import RunwayEngine
import Testing

/// Sums received before the valuation date are history: sunk as cash,
/// never new money, but what is owed on them is a liability already
/// outstanding, in the bridge apart from the value.
struct HistoryTests {
  /// An advance of 1M drawn on 2020-07-01 and the draws of `schedule`,
  /// funding a phase that succeeds with 50 % on 2022-01-01 (day 365):
  /// on that success 30 % of all that was drawn is repaid a year later.
  static func advance(schedule: String) -> String {
    Valuing.settings(horizon: "2025") + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
      funding:
        rca:
          kind: recoverable-advance
          program: drug
          schedule: \(schedule)
          received:
            - {date: 2020-07-01, amount: 1M}
          exploitation: {event: phase-success, phase: Phase 2}
          fixedShare: 30%
          instalments: 1
          firstInstalment: 1
          royalty: 0
          cap: 2x
      """
  }

  /// An advance drawn before shows its liability and no inflow.
  ///
  /// An advance of 1M drawn on 2020-07-01, before the valuation date
  /// (2021-01-01). The phase it funded succeeds with 50 % on 2022-01-01
  /// (day 365), the company exploits, and 30 % (300k) is repaid in one
  /// instalment a year later, 2023-01-01 (day 730): owed 0.5 × 300k ×
  /// 1.1⁻² = 123,966.94; nothing flows in.
  @Test func anAdvanceDrawnBeforeShowsItsLiabilityAndNoInflow() throws {
    let result = try Valuing.run(Self.advance(schedule: "[]"), paths: 20_000)
    let owed = 0.5 * 300e3 / 1.21
    #expect(abs(owed - 123_966.94) < 0.01)
    let rca = try #require(result.component("rca"))
    #expect(rca.rnpv == 0)
    #expect(result.rnpv == 0)
    #expect(abs(try #require(rca.outstanding) - owed) < 1e-6)
    let liabilities = try #require(result.bridge.line("liabilities"))
    #expect(abs(liabilities.rnpv + owed) < 1e-6)
    #expect(liabilities.components == ["rca"])
    #expect(abs(liabilities.mean + owed) < 3 * liabilities.standardError)
    #expect(abs(try #require(result.bridge.line("equity")).rnpv + owed) < 1e-6)
    // No inflow in any period; the repayment is in the cash of 2023.
    for period in result.cashflows { #expect(period.analytic <= 0) }
    #expect(
      abs(try #require(result.cashflows.first { $0.period == "2023" }).analytic + 150e3) < 1e-6)
  }

  /// A grant received before keeps its expected clawback as a liability.
  ///
  /// A grant of 1M received on 2020-01-01 with a 20 % chance of being
  /// clawed back in full two years (730 days) later: 2021-12-31, day 364
  /// (2020 has 366 days). Owed 0.2 × 1M × 1.1^(−364/365) = 181,865.67, the
  /// grant itself worth nothing new.
  @Test func aGrantReceivedBeforeKeepsItsExpectedClawbackAsALiability() throws {
    let text =
      Valuing.settings(horizon: "2025") + """
        funding:
          grant:
            kind: subsidy
            schedule: []
            received:
              - {date: 2020-01-01, amount: 1M}
            clawback: {probability: 20%, share: 100%, delay: 2}
        """
    let result = try Valuing.run(text, paths: 20_000)
    let owed = 0.2 * 1e6 * pow(1.1, -364.0 / 365)
    #expect(abs(owed - 181_865.67) < 0.01)
    #expect(result.rnpv == 0)
    let liabilities = try #require(result.bridge.line("liabilities"))
    #expect(abs(liabilities.rnpv + owed) < 1e-6)
    #expect(abs(liabilities.mean + owed) < 3 * liabilities.standardError)
    #expect(abs(try #require(result.component("grant")?.outstanding) - owed) < 1e-6)
  }

  /// A loan drawn before the valuation date is debt.
  ///
  /// A bullet loan of 1M at 5 % for three years drawn on 2020-01-01: the
  /// instalments still to come fall on 2021-01-01 (the valuation date,
  /// 50k), 2022-01-01 (day 365, 50k) and 2023-01-01 (day 730, 1.05M): owed
  /// 50k + 50k/1.1 + 1.05M/1.21 = 963,223.14; nothing of it is value.
  @Test func aLoanDrawnBeforeIsDebtOwed() throws {
    let text =
      Valuing.settings(horizon: "2025") + """
        funding:
          bank: {kind: loan, lender: Bank, date: 2020-01-01, amount: 1M, interest: 5%, years: 3, repayment: bullet}
        """
    let result = try Valuing.run(text, paths: 100)
    let owed = 50e3 + 50e3 / 1.1 + 1.05e6 / 1.21
    #expect(abs(owed - 963_223.14) < 0.01)
    #expect(result.rnpv == 0)
    let debt = try #require(result.bridge.line("liabilities"))
    #expect(abs(debt.rnpv + owed) < 1e-6)
    #expect(debt.components == ["bank"])
    #expect(abs(try #require(result.bridge.line("equity")).rnpv + owed) < 1e-6)
    #expect(
      abs(try #require(result.cashflows.first { $0.period == "2023" }).analytic + 1.05e6) < 1e-6)
  }

  /// Drawn before and drawn after share the repayments in proportion:
  /// 1M before and 1M in 2021 (a schedule on 2021-12-31, day 364), 30 %
  /// of 2M = 600k repaid on 2023-01-01 (day 730) on success (50 %): half
  /// owed on history, half the value's (the advance's 1M less its share).
  @Test func repaymentsAreSharedInProportionToWhatWasDrawn() throws {
    let result = try Valuing.run(
      Self.advance(schedule: "\n      - {date: 2021-12-31, amount: 1M}"), paths: 100)
    let rca = try #require(result.component("rca"))
    let repaid = 0.5 * 600e3 / 1.21
    #expect(abs(rca.rnpv - (1e6 * Valuing.discount(0.1, days: 364) - repaid / 2)) < 1e-6)
    #expect(abs(try #require(rca.outstanding) - repaid / 2) < 1e-6)
    // The advance's fair value as a liability counts every repayment.
    #expect(abs(try #require(rca.liability).rnpv - repaid) < 1e-6)
  }
}
