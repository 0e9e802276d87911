import Foundation
import RunwayEngine
import RunwayModel
import RunwayScenarioFile
import Testing

/// Each deal's own value: the scenario with it minus without it, on common
/// random numbers; a subject's value as the headline.
struct IncrementTests {
  /// A drug whose 50 % phase ends on 2022-01-01 (day 365), an uncertain
  /// cost, a licence milestone on approval and two grants: the grants and
  /// the licence touch different flows, so they do not interact.
  static let text =
    Valuing.settings(horizon: "2025") + """
      programs:
        drug:
          name: Drug
          phases:
            - name: Phase 2
              start: 2021-01-01
              duration: 1
              cost: {distribution: uniform, min: 1M, max: 3M}
              successProbability: 50%
      funding:
        grant-a:
          kind: subsidy
          schedule:
            - {date: 2022-01-01, amount: 1M}
        grant-b:
          kind: subsidy
          schedule:
            - {date: 2023-01-01, amount: 2M}
          clawback: {probability: 30%, share: 100%, delay: 1}
      deals:
        partner:
          kind: out-licence
          counterparty: Partner
          program: drug
          milestones:
            - {event: approval, amount: 6M}
      """

  static func answered(_ text: String, ids: [String]? = nil) throws -> ValuationResult {
    let scenario = try Valuing.scenario(text)
    let simulation = try Valuation.simulate(
      scenario, options: Valuation.Options(paths: 8_192, seed: 3, threads: 2))
    return try Valuation.answer(simulation, scenario: scenario, ids: ids, threads: 2).result
  }

  /// Without a grant we receive nothing: its increment is its own value,
  /// 1M × 1.1⁻¹ for the first (day 365).
  @Test func aGrantsIncrementIsItsOwnValue() throws {
    let result = try Self.answered(Self.text, ids: ["grant-a"])
    let increment = try #require(result.increments?.items.first)
    #expect(abs(increment.rnpv - 1e6 / 1.1) < 1e-6)
    #expect(abs(increment.monteCarlo.mean - 1e6 / 1.1) < 1e-6)
    #expect(increment.monteCarlo.standardError < 1e-6)
    #expect(increment.without == "we receive nothing and repay nothing")
  }

  /// On common random numbers the per-path differences are exact: the
  /// increments of deals that do not interact add up to the whole minus
  /// the scenario without all of them.
  @Test func incrementsOfDealsThatDoNotInteractAddUp() throws {
    let result = try Self.answered(Self.text, ids: ["grant-a", "grant-b", "partner"])
    let increments = try #require(result.increments)
    let joint = try #require(increments.joint)
    let sum = increments.items.reduce(0) { $0 + $1.rnpv }
    #expect(abs(joint.rnpv - sum) < 1e-6)
    #expect(abs(try #require(increments.interaction)) < 1e-6)
    #expect(abs(try #require(increments.interactionMean)) < 1e-6)
    #expect(
      abs(joint.monteCarlo.mean - increments.items.reduce(0) { $0 + $1.monteCarlo.mean }) < 1e-6)
    // The licence: 6M on approval (day 365) with 50 %: 3M/1.1.
    let partner = try #require(increments.items.first { $0.id == "partner" })
    #expect(abs(partner.rnpv - 0.5 * 6e6 / 1.1) < 1e-6)
  }

  /// A subject's value is the headline, the portfolio beside it as
  /// context: here the two grants together, 1M/1.1 + 2M/1.21 − 0.3 × 2M
  /// × 1.1^(−1095/365).
  @Test func aSubjectsValueIsTheHeadline() throws {
    let text = Self.text.replacingOccurrences(
      of: "  discountRate: 10%\n", with: "  discountRate: 10%\n  subject: [grant-a, grant-b]\n")
    let result = try Self.answered(text)
    let expected = 1e6 / 1.1 + 2e6 / 1.21 - 0.3 * 2e6 * pow(1.1, -1095.0 / 365)
    #expect(abs(result.rnpv - expected) < 1e-6)
    #expect(result.subject == "grant-a, grant-b")
    let portfolio = try #require(result.portfolio)
    #expect(abs(portfolio.rnpv - result.rnpv) > 1e5)
    #expect(abs(result.monteCarlo.mean - expected) < 3 * result.monteCarlo.standardError + 1e-6)
  }

  /// With every deal valued one by one, a single subject's value is still
  /// its own increment: grant-a, 1M/1.1.
  @Test func aSingleSubjectAmongOtherIncrementsIsItsOwn() throws {
    let text = Self.text.replacingOccurrences(
      of: "  discountRate: 10%\n", with: "  discountRate: 10%\n  subject: [grant-a]\n")
    let result = try Self.answered(text, ids: ["partner", "grant-b", "grant-a"])
    #expect(abs(result.rnpv - 1e6 / 1.1) < 1e-6)
    #expect(result.subject == "grant-a")
    #expect(result.increments?.items.count == 3)
  }

  /// Without a platform, the process it replaces applies: a drug approved
  /// on 2022-01-01 sells 10M in 2022 (dated 2022-12-31, day 729) at a
  /// cost of goods of 20 % with the platform and 50 % without, and the
  /// platform costs 1M on the valuation date: 10M × 30 % × 1.1^(−729/365)
  /// − 1M.
  @Test func withoutAPlatformTheProcessItReplacesApplies() throws {
    let text =
      Valuing.settings(horizon: "2022") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, peakSales: 10M, yearsToPeak: 0, cogs: 20%, operatingCosts: 0}
        deals:
          platform:
            kind: cash-flows
            counterparty: Maker
            replaces: {programs: [drug], cogs: 50%}
            flows:
              - {date: 2021-01-01, amount: -1M}
        """
    let result = try Self.answered(text, ids: ["platform"])
    let increment = try #require(result.increments?.items.first)
    #expect(abs(increment.rnpv - (3e6 * pow(1.1, -729.0 / 365) - 1e6)) < 1e-6)
    #expect(increment.without.contains("cost of goods of the process it replaces"))
  }

  /// A technology that also makes the product sell more.
  ///
  /// Without it, the drug sells 6M instead of 10M at a cost of goods of 50 % instead of
  /// 20 %; the licence costs 1M. 10M × 80 % − 6M × 50 %, on day 729, − 1M.
  @Test func withoutATechnologyItsProgrammesSellWhatTheySellWithoutIt() throws {
    let text =
      Valuing.settings(horizon: "2022") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, peakSales: 10M, yearsToPeak: 0, cogs: 20%, operatingCosts: 0}
        deals:
          technology:
            kind: cash-flows
            counterparty: University
            replaces: {programs: [drug], cogs: 50%, peakSales: 6M}
            flows:
              - {date: 2021-01-01, amount: -1M}
        """
    let result = try Self.answered(text, ids: ["technology"])
    let increment = try #require(result.increments?.items.first)
    let margins = 10e6 * 0.8 - 6e6 * 0.5
    #expect(abs(increment.rnpv - (margins * pow(1.1, -729.0 / 365) - 1e6)) < 1e-6)
    #expect(increment.without.contains("sell what it sells"))
  }

  /// A partner's programme is not ours: only our deal with it counts.
  ///
  /// The partner's device costs 5M in 2021 and sells 10M in 2022 (day
  /// 729); our licence takes 10 % of those sales. The device books nothing
  /// for us, and without the licence we get nothing, not its sales.
  @Test func aPartnersProgrammeBooksNothingOfItsOwn() throws {
    let text =
      Valuing.settings(horizon: "2022") + """
        programs:
          device:
            name: Partner's device
            owner: Partner
            phases:
              - {name: Clinical, start: 2021-01-01, duration: 1, cost: 5M, successProbability: 100%}
            market: {launchLag: 0, peakSales: 10M, yearsToPeak: 0, cogs: 20%, operatingCosts: 0}
        deals:
          cell-licence:
            kind: out-licence
            counterparty: Partner
            program: device
            royalty: {tiers: [{rate: 10%}]}
        """
    let result = try Self.answered(text, ids: ["cell-licence"])
    let royalty = 1e6 * pow(1.1, -729.0 / 365)
    #expect(try #require(result.component("device")).rnpv == 0)
    #expect(abs(try #require(result.component("cell-licence")).rnpv - royalty) < 1e-6)
    #expect(abs(try #require(result.increments?.items.first).rnpv - royalty) < 1e-6)
  }

  /// Financing cannot be a subject, and a subject names what exists.
  @Test func aSubjectNamesDealsOrNonDilutiveInstruments() {
    let text =
      Valuing.settings(horizon: "2025", extra: "  subject: [round, nothing]") + """
        funding:
          round: {kind: equity, investor: Fund, date: 2021-06-01, amount: 1M}
        """
    guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("a subject of financing validated")
      return
    }
    #expect(
      error.diagnostics.map(\.description) == [
        "t.yaml:8:13: error: scenario.subject[0] is equity, financing: it moves cash, not value, so it cannot be a subject",
        "t.yaml:8:20: error: scenario.subject[1] refers to deal or instrument 'nothing', which is not defined",
      ])
  }
}
