import Foundation
import RunwayEngine
import Testing

/// The rest of the engine's terms, each against a hand computation.
///
/// On a path where nothing is uncertain: financing, FX, licence terms over
/// time, the other deal kinds, cost curves over partial periods, and the
/// cash runway. Valued on 2021-01-01 at 10 %, yearly periods dated
/// 31 December.
struct TermTests {
  static func df(_ days: Double) -> Double { Valuing.discount(0.10, days: days) }

  /// A loan of 1M on 2021-01-01 at 5 % over two years, amortising: the
  /// annuity 1M × 0.05 / (1 − 1.05⁻²) = 537,804.88 on 2022-01-01 (day 365)
  /// and 2023-01-01 (day 730); equity of 2M on 2021-07-01 (day 181).
  @Test func loansAndEquity() throws {
    let text =
      Valuing.settings(horizon: "2024") + """
        funding:
          bank: {kind: loan, lender: Bank, date: 2021-01-01, amount: 1M, interest: 5%, years: 2, repayment: amortising}
          investor: {kind: equity, investor: Investor, date: 2021-07-01, amount: 2M}
        """
    let result = try Valuing.run(text, paths: 10)
    let annuity = 1e6 * 0.05 / (1 - pow(1.05, -2))
    #expect(abs(annuity - 537_804.88) < 0.01)
    let loan = try #require(result.component("bank"))
    #expect(abs(loan.npv - (1e6 - annuity * Self.df(365) - annuity * Self.df(730))) < 1e-6)
    #expect(abs(try #require(result.flow("bank", in: "2022")) - -annuity) < 1e-6)
    #expect(abs(try #require(result.component("investor")).npv - 2e6 * Self.df(181)) < 1e-6)
  }

  /// An upfront of USD 1M at 0.9 EUR per USD, on signing (2021-07-01,
  /// day 181): 900k.
  @Test func anUpfrontInAForeignCurrency() throws {
    let text =
      Valuing.settings(extra: "  fx: {USD: 0.9}") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
        deals:
          licensee: {kind: out-licence, counterparty: L, program: drug, signed: 2021-07-01, upfront: USD 1M}
        """
    let result = try Valuing.run(text, paths: 10)
    #expect(abs(try #require(result.component("licensee")).rnpv - 0.9e6 * Self.df(181)) < 1e-6)
  }

  /// A cash-flows deal stated in USD at 0.9 EUR per USD: −1M on day 0 and
  /// +2M on 2022-01-01 (day 365), written without a currency of their own,
  /// are −900k and 1.8M/1.1 = 1,636,363.64.
  @Test func cashFlowsTakeTheDealsCurrency() throws {
    let text =
      Valuing.settings(extra: "  fx: {USD: 0.9}") + """
        deals:
          project:
            kind: cash-flows
            counterparty: C
            currency: USD
            flows:
              - {date: 2021-01-01, amount: -1M}
              - {date: 2022-01-01, amount: 2M}
        """
    let result = try Valuing.run(text, paths: 10)
    #expect(abs(try #require(result.component("project")).npv - (-0.9e6 + 1.8e6 / 1.1)) < 1e-6)
  }

  /// Sales of 100M a year from launch on 2022-01-01, eroding 20 % a year
  /// after 2024-01-01; a 10 % royalty for three years from first sale,
  /// halved after the loss of exclusivity; 2M on first sale; 1M when a
  /// year's sales reach 50M (2022, dated 2022-12-31).
  ///
  /// Royalties: 10M in 2022 and 2023; in 2024 half of 10 % of the eroded
  /// sales, 100M × (0.8 − 1)/ln 0.8 = 89.628M, so 4.4814M; nothing in 2025.
  /// The licensee keeps 50 % of sales (COGS 20 %, operating costs 30 %)
  /// minus what it pays.
  @Test func licenceTermsOverTime() throws {
    let text =
      Valuing.settings(horizon: "2025") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, peakSales: 100M, yearsToPeak: 0, lossOfExclusivity: 2024-01-01, erosion: 20%, cogs: 0, operatingCosts: 0}
        deals:
          licensee:
            kind: out-licence
            counterparty: L
            program: drug
            milestones:
              - {event: first-sale, amount: 2M}
              - {event: sales-threshold, threshold: 50M, amount: 1M}
            royalty: {tiers: [{rate: 10%}], term: 3, stepDown: 50%}
            counterpartyCosts: {cogs: 20%, operatingCosts: 30%}
        """
    let result = try Valuing.run(text, paths: 10)
    let eroded = 100e6 * (0.8 - 1) / log(0.8)
    let royalties = [("2022", 10e6), ("2023", 10e6), ("2024", 0.05 * eroded), ("2025", 0.0)]
    let milestones = ["2022": 3e6]
    for (year, royalty) in royalties {
      let flow = try #require(result.flow("licensee", in: year))
      #expect(abs(flow - royalty - (milestones[year] ?? 0)) < 1, "\(year)")
    }
    // Days to 31 December 2022, 2023, 2024 (a leap year), 2025.
    let ends: [Double] = [729, 1094, 1460, 1825]
    let sales = [100e6, 100e6, eroded, 100e6 * (pow(0.8, 2) - 0.8) / log(0.8)]
    var ours = 2e6 * Self.df(365) + 1e6 * Self.df(729)
    var theirs = -ours
    for (index, (_, royalty)) in royalties.enumerated() {
      ours += royalty * Self.df(ends[index])
      theirs += (0.5 * sales[index] - royalty) * Self.df(ends[index])
    }
    let deal = try #require(result.component("licensee"))
    #expect(abs(deal.npv - ours) < 1)
    #expect(abs(try #require(deal.counterpartyValue).npv - theirs) < 1)
  }

  /// Supply of 100 units a year at 15k for 9k over 2021–2022 (600k a
  /// year); a CDMO client paying a 1M fee and 4 runs of 350k in 2021 to a
  /// manufacturer whose transfer costs it 0.3M and whose run costs 200k
  /// (its value: 1M − 0.3M + 4 × 150k); a
  /// co-development where the partner pays 60 % of a 10M phase in 2021;
  /// a distributor keeping 12 % of JP sales (10 % of 100M) from 2022.
  @Test func supplyManufacturingCoDevelopmentAndDistribution() throws {
    let text =
      Valuing.settings(horizon: "2022") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 10M, successProbability: 100%}
            market: {launchLag: 0, peakSales: 100M, yearsToPeak: 0, cogs: 0, operatingCosts: 0, territories: {EU: 90%, JP: 10%}}
        deals:
          supply: {kind: supply, counterparty: S, unitsPerYear: 100, transferPrice: 15k, unitCost: 9k, start: 2021-01-01, end: 2023-01-01}
          cdmo: {kind: manufacturing, counterparty: M, role: client, signed: 2021-01-01, technologyTransferFee: 1M, technologyTransferCost: 0.3M, runsPerYear: 4, pricePerRun: 350k, costPerRun: 200k, start: 2021-01-01, end: 2022-01-01}
          partner: {kind: co-development, counterparty: P, program: drug, costShare: 40%, profitShare: 100%}
          distributor: {kind: distribution, counterparty: D, program: drug, territories: [JP], margin: 12%}
        """
    let result = try Valuing.run(text, paths: 10)
    #expect(abs(try #require(result.flow("supply", in: "2021")) - 600e3) < 1e-6)
    #expect(abs(try #require(result.flow("supply", in: "2022")) - 600e3) < 1e-6)
    #expect(abs(try #require(result.flow("cdmo", in: "2021")) - -2.4e6) < 1e-6)
    let cdmo = try #require(result.component("cdmo"))
    #expect(abs(try #require(cdmo.counterpartyValue).npv - (0.7e6 + 0.6e6 * Self.df(364))) < 1e-6)
    #expect(abs(try #require(result.flow("partner", in: "2021")) - 6e6) < 1e-6)
    #expect(abs(try #require(result.flow("drug", in: "2021")) - -10e6) < 1e-6)
    #expect(abs(try #require(result.flow("distributor", in: "2022")) - -1.2e6) < 1e-6)
  }

  /// A front-loaded phase of 10M from 2021-07-01 for a year: by the end
  /// of 2021 (184 of its 365 days) it has spent 10M × x(2 − x) with
  /// x = 184/365, the rest in 2022.
  @Test func aCostCurveSpreadsOverPartialPeriods() throws {
    let text = Valuing.onePhase(
      start: "2021-07-01", years: 1, curve: "front-loaded", horizon: "2023")
    let result = try Valuing.run(text, paths: 10)
    let x = 184.0 / 365
    let spent2021 = 10e6 * x * (2 - x)
    #expect(abs(try #require(result.flow("drug", in: "2021")) - -spent2021) < 1e-6)
    #expect(abs(try #require(result.flow("drug", in: "2022")) - -(10e6 - spent2021)) < 1e-6)
  }

  /// An S-curve phase of 10M from 2021-07-01 for two years (steepness 6):
  /// by the end of 2021 (184 of its 730 days) and of 2022 (549) it has
  /// spent 10M × s(x), s(x) = (L(x) − L(0)) / (L(1) − L(0)) with the
  /// logistic L(y) = 1 / (1 + e^(−6(y − ½))); all of it by its end.
  ///
  /// The years' flows are −1,511,858.93, −7,016,911.88 and −1,471,229.19.
  @Test func anSCurveSpreadsTheWholeCost() throws {
    let text = Valuing.onePhase(
      start: "2021-07-01", years: 2, curve: "{shape: s-curve, steepness: 6}", horizon: "2024")
    let result = try Valuing.run(text, paths: 10)
    func logistic(_ y: Double) -> Double { 1 / (1 + exp(-6 * (y - 0.5))) }
    func spent(_ days: Double) -> Double {
      10e6 * (logistic(days / 730) - logistic(0)) / (logistic(1) - logistic(0))
    }
    #expect(abs(try #require(result.flow("drug", in: "2021")) - -spent(184)) < 1e-6)
    #expect(abs(try #require(result.flow("drug", in: "2022")) - -(spent(549) - spent(184))) < 1e-6)
    #expect(abs(try #require(result.flow("drug", in: "2023")) - -(10e6 - spent(549))) < 1e-6)
  }

  /// Starting cash of 5M and 10M spent over 2021: cash ends 2021 at −5M
  /// on every path, so cash has gone below zero by 2021 with probability
  /// 1 and the peak funding need is 5M.
  @Test func theCashRunway() throws {
    let text =
      Valuing.settings(horizon: "2022", extra: "  startingCash: 5M") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 10M, successProbability: 50%}
        """
    let result = try Valuing.run(text, paths: 100)
    #expect(result.cash.startingCash == 5e6)
    #expect(result.cash.runway.map(\.year) == [2021, 2022])
    #expect(result.cash.runway.map(\.probabilityBelowZero) == [1, 1])
    #expect(abs(result.cash.peakFundingNeed.percentiles.p50 - 5e6) < 1)
    #expect(abs(result.cashflows[0].cashPosition.mean - -5e6) < 1e-6)
  }
}
