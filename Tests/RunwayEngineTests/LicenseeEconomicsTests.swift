import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// An out-licence whose licensee bears development and buys product from
/// us: both sides' values follow.
struct LicenseeEconomicsTests {
  /// Both sides of a licence whose licensee bears Phase 3 and buys product.
  ///
  /// Phase 3 costs 10M in 2021 (flows dated 2021-12-31, day 364) and
  /// succeeds; sales start on 2022-01-01 and climb linearly to 100M a year
  /// in one year: 50M in 2022 (day 729), 100M in 2023 (day 1094). The
  /// licensee takes every territory at signing (2021-01-01) for 5M,
  /// bears all of Phase 3, and buys product at 25 % of its sales, which
  /// costs us 10 % of them; its operating costs are 30 % (its 20 % cost of
  /// goods is the transfer price instead).
  @Test func theLicenseeBearsPhase3AndBuysProductAtATransferPrice() throws {
    let text =
      Valuing.settings(horizon: "2023")
        + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 10M, successProbability: 100%}
            market: {launchLag: 0, peakSales: 100M, yearsToPeak: 1, ramp: linear, territories: {EU: 100%}}
        deals:
          licence:
            kind: out-licence
            counterparty: Partner
            program: drug
            signed: 2021-01-01
            upfront: 5M
            licenseeBears: {phases: [Phase 3]}
            supply: {transferPrice: 25%, cost: 10%}
            counterpartyCosts: {cogs: 20%, operatingCosts: 30%}
        """
    let result = try Valuing.run(text, paths: 256)
    func d(_ days: Double) -> Double { Valuing.discount(0.10, days: days) }
    let ours = 5e6 + 10e6 * d(364) + 0.15 * 50e6 * d(729) + 0.15 * 100e6 * d(1094)
    let theirs =
      -5e6 - 10e6 * d(364) + (0.7 - 0.25) * 50e6 * d(729) + (0.7 - 0.25) * 100e6 * d(1094)
    let licence = try #require(result.component("licence"))
    #expect(abs(licence.rnpv - ours) < 1e-6)
    #expect(abs(try #require(licence.counterpartyValue).rnpv - theirs) < 1e-6)
    // Our rNPV by payment type adds up to it.
    let types = try #require(licence.paymentTypes)
    #expect(types["upfront"] == 5e6)
    #expect(abs(try #require(types["cost sharing"]) - 10e6 * d(364)) < 1e-6)
    let supply = 0.15 * 50e6 * d(729) + 0.15 * 100e6 * d(1094)
    #expect(abs(try #require(types["supply margin"]) - supply) < 1e-6)
    #expect(types.count == 3)
    // We still book Phase 3 in the programme, and the licence gives it
    // back: the company's net is the upfront and the supply margin.
    let drug = try #require(result.component("drug"))
    #expect(abs(drug.rnpv - -10e6 * d(364)) < 1e-6)
  }

  @Test func anInLicenceCannotHaveItsLicenseeBearCosts() {
    let text =
      Valuing.settings()
        + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 10M, successProbability: 50%}
        deals:
          licence:
            kind: in-licence
            counterparty: University
            program: drug
            licenseeBears: {phases: [Phase 4]}
        """
    guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("validated")
      return
    }
    let found = error.diagnostics.map(\.description)
    #expect(found.contains { $0.contains("deals.licence.licenseeBears is an out-licence's term") })
    #expect(
      found.contains {
        $0.contains("deals.licence.licenseeBears.phases refers to a phase of drug, 'Phase 4'")
      })
    #expect(found.contains { $0.contains("takes the costs from signing: add signed:") })
  }
}
