import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// The terms a licence is negotiated on: tiers in the deal's currency,
/// anti-stacking down to a floor, withholding tax, cumulative-sales and
/// filing milestones.
struct DealTermTests {
  /// A licence on its terms, by hand.
  ///
  /// A drug filed on 2021-01-01 (its one phase, the regulator's review,
  /// starts), approved a year later and selling 100M a year from
  /// 2022-01-01; USD is worth 0.9 EUR. A USD licence: 1M at filing and at
  /// its acceptance (day 60); 3M when cumulative sales reach USD 150M
  /// (EUR 135M: at the end of 2023, day 1094), and 3M when annual sales
  /// do (never). Marginal tiers of 10 % to USD 50M (EUR 45M) and 20 %
  /// above: 4.5M + 11M = EUR 15.5M a year; less half of a 4 % third-party
  /// royalty (2M) is 13.5M, below the 14 % floor: 14M. 10 % of every fee
  /// is withheld.
  @Test func aLicenceOnItsTermsByHand() throws {
    let text =
      Valuing.settings(horizon: "2023", extra: "  fx:\n    USD: 0.9")
        + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Registration, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, peakSales: 100M, yearsToPeak: 0, cogs: 0, operatingCosts: 0}
        deals:
          licence:
            kind: out-licence
            counterparty: Partner
            currency: USD
            program: drug
            milestones:
              - {event: filing, amount: 1M}
              - {event: acceptance, amount: 1M}
              - {event: cumulative-sales-threshold, threshold: 150M, amount: 3M}
              - {event: sales-threshold, threshold: 150M, amount: 3M}
            royalty:
              tiers: [{rate: 10%}, {from: 50M, rate: 20%}]
              antiStacking: {thirdPartyRate: 4%, offset: 50%}
              floor: 14%
            withholdingTax: 10%
            counterpartyCosts: {cogs: 0, operatingCosts: 0}
        """
    let result = try Valuing.run(text, paths: 256)
    func d(_ days: Double) -> Double { Valuing.discount(0.10, days: days) }
    let fees = 0.9e6 + 0.9e6 * d(60) + 14e6 * d(729) + 14e6 * d(1094) + 2.7e6 * d(1094)
    let licence = try #require(result.component("licence"))
    #expect(abs(licence.rnpv - 0.9 * fees) < 1e-6)
    let sales = 100e6 * d(729) + 100e6 * d(1094)
    #expect(abs(try #require(licence.counterpartyValue).rnpv - (sales - fees)) < 1e-6)
  }
}
