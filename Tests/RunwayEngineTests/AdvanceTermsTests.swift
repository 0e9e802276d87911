import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// Recoverable advances as Walloon conventions are written: a research
/// window whose costs they fund, the decision to exploit at its end,
/// interest from then, and a share of licence income with a yearly
/// minimum (Celyad's terms table, DOMAIN.md §1).
struct AdvanceTermsTests {
  /// A drug whose Phase 2 (4M over 2021–2022) succeeds with `success`,
  /// then a Phase 3; an advance of 50 % of the costs of 2021 (the research
  /// window), exploited as `exploitation` says; an out-licence paying 2M
  /// on 2022-06-30.
  static func scenario(success: String, exploitation: String) -> String {
    Valuing.settings(horizon: "2026")
      + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 2, cost: 4M, successProbability: \(success)}
            - {name: Phase 3, duration: 2, cost: 10M, successProbability: 100%}
      funding:
        rca:
          kind: recoverable-advance
          program: drug
          share: 50%
          lag: 0
          research: {to: 2021-12-31}
          exploitation: \(exploitation)
          fixedShare: 30%
          instalments: 3
          firstInstalment: 1
          interest: 5%
          licenceIncome: {share: 10%, minimumPerYear: 50k}
          cap: 2x
      deals:
        licence:
          kind: out-licence
          counterparty: Partner
          program: drug
          territories: [JP]
          signed: 2022-06-30
          upfront: 2M
      """
  }

  /// The schedule, by hand.
  ///
  /// The advance is 50 % of 2021's 2M = 1M, paid at
  /// the end of 2021 (day 364), when the research ends and the company
  /// decides to exploit. The fixed 30 % (0.3M) is repaid in three yearly
  /// instalments of 0.1M from a year later (days 729, 1094, 1460), each
  /// with 5 % interest on the 0.3M, 0.2M and 0.1M outstanding since the
  /// last (365, 365 and 366 days). 10 % of the 2M upfront (0.2M) is repaid
  /// at the end of 2022; 2023 and 2024 bring no licence income, so the
  /// yearly minimum of 50k is repaid.
  @Test func anAdvanceFollowsItsConventionsSchedule() throws {
    let result = try Valuing.run(
      Self.scenario(success: "100%", exploitation: "research-end"), paths: 256)
    func pv(_ amount: Double, _ days: Double) -> Double {
      amount * Valuing.discount(0.10, days: days)
    }
    let repayments =
      pv(0.1e6 + 0.3e6 * 0.05, 729) + pv(0.2e6, 729)
      + pv(0.1e6 + 0.2e6 * 0.05, 1094) + pv(50e3, 1094)
      + pv(0.1e6 + 0.1e6 * (pow(1.05, 366.0 / 365) - 1), 1460) + pv(50e3, 1460)
    let rca = try #require(result.component("rca"))
    #expect(abs(rca.rnpv - (pv(1e6, 364) - repayments)) < 1e-6)
    #expect(abs(try #require(rca.liability).rnpv - repayments) < 1e-6)
  }

  /// The same schedule year by year, as the notes to the accounts give it.
  ///
  /// 1M drawn in 2021; in 2022 0.1M of principal, 15k of interest and
  /// 0.2M on licence income; in 2023 0.1M, 10k and the 50k minimum; in
  /// 2024 0.1M, its interest over 366 days and 50k. The carrying amount
  /// at each year's end is what is still to come discounted to it at
  /// 10 %, and on the valuation date the liability's fair value.
  @Test func anAdvancesScheduleReadsYearByYear() throws {
    let result = try Valuing.run(
      Self.scenario(success: "100%", exploitation: "research-end"), paths: 64)
    let rca = try #require(result.component("rca"))
    let schedule = try #require(rca.schedule)
    let lastInterest = 0.1e6 * (pow(1.05, 366.0 / 365) - 1)
    // Days of the repayments (each year's last) and of each year's end.
    let paid: [(day: Double, amount: Double)] = [
      (729, 0.1e6 + 15e3 + 0.2e6), (1094, 0.1e6 + 10e3 + 50e3),
      (1460, 0.1e6 + lastInterest + 50e3),
    ]
    func carrying(at end: Double) -> Double {
      paid.filter { $0.day >= end }.reduce(0) {
        $0 + $1.amount * Valuing.discount(0.10, days: $1.day - end)
      }
    }
    let expected:
      [(
        year: Int, drawn: Double, fixed: Double, interest: Double, royalty: Double,
        end: Double
      )] = [
        (2021, 1e6, 0, 0, 0, 365), (2022, 0, 0.1e6, 15e3, 0.2e6, 730),
        (2023, 0, 0.1e6, 10e3, 50e3, 1095), (2024, 0, 0.1e6, lastInterest, 50e3, 1461),
      ]
    #expect(schedule.years.count == expected.count)
    for (got, want) in zip(schedule.years, expected) {
      #expect(got.year == want.year)
      #expect(abs(got.drawn - want.drawn) < 1e-6, "\(want.year) drawn")
      #expect(abs(got.fixed - want.fixed) < 1e-6, "\(want.year) fixed")
      #expect(abs(got.interest - want.interest) < 1e-6, "\(want.year) interest")
      #expect(abs(got.royalty - want.royalty) < 1e-6, "\(want.year) royalty")
      #expect(abs(got.carryingAmount - carrying(at: want.end)) < 1e-6, "\(want.year) carrying")
    }
    #expect(schedule.drawnBefore == 0)
    #expect(abs(schedule.opening - carrying(at: 0)) < 1e-6)
    #expect(abs(schedule.opening - (try #require(rca.liability).rnpv)) < 1e-6)
  }

  /// Exploited on 2023-06-30 only where the programme is alive then.
  ///
  /// That is where Phase 2 (ending 2023-01-01) succeeded, half the paths. Where it
  /// failed, nothing is repaid, not even the yearly minimum.
  @Test func theCompanyExploitsOnItsDateOnlyWhereTheProgrammeIsAlive() throws {
    let alive = try Valuing.run(
      Self.scenario(success: "100%", exploitation: "{date: 2023-06-30}"), paths: 256)
    let half = try Valuing.run(
      Self.scenario(success: "50%", exploitation: "{date: 2023-06-30}"), paths: 20_000)
    let full = try #require(alive.component("rca")?.liability?.rnpv)
    let liability = try #require(half.component("rca")?.liability)
    #expect(full > 0)
    // The licence upfront of 2022 is before the decision: not shared.
    #expect(abs(liability.rnpv - 0.5 * full) < 1e-6)
    #expect(abs(liability.mean - 0.5 * full) < 3 * liability.standardError)
  }

  @Test func badAdvanceTermsAreLocatedErrors() {
    let second = """
        rca2:
          kind: recoverable-advance
          program: drug
          schedule: [{date: 2021-06-30, amount: 1M}]
          exploitation: research-end
      deals:

      """
    let text = Self.scenario(success: "100%", exploitation: "{event: approval, date: 2023-01-01}")
      .replacingOccurrences(
        of: "research: {to: 2021-12-31}", with: "research: {from: 2022-01-01, to: 2021-12-31}"
      )
      .replacingOccurrences(of: "deals:\n", with: second)
    guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("validated")
      return
    }
    let found = error.diagnostics.map(\.description)
    for expected in [
      "funding.rca.research.from is 2022-01-01, after to: 2021-12-31",
      "funding.rca.exploitation.event and date both given; keep one",
      "funding.rca2.exploitation is research-end, but a schedule has no funded phases",
    ] {
      #expect(found.contains { $0.contains(expected) }, "\(expected)\n\(found)")
    }
  }
}
