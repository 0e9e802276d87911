import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// A risk several programmes share, and flows that wait for all or any of
/// several events, or for an event by a deadline.
struct SharedRiskTests {
  /// A and B rest on one mechanism (60 %), then succeed with 50 % each.
  ///
  /// Both end on 2022-01-01 (day 365). `flows` are a cash-flows deal's.
  static func scenario(_ flows: String) -> String {
    PhaseLinkTests.scenario(
      [
        ("a", "dependsOn: {risk: mechanism, successProbability: 50%}"),
        ("b", "dependsOn: {risk: mechanism, successProbability: 50%}"),
      ],
      extra: """
          risks:
            mechanism: {name: The mechanism of action, successProbability: 60%}
        """.replacingOccurrences(of: "  risks:", with: "risks:"),
      deals: """
        deals:
          bonus:
            kind: cash-flows
            counterparty: Partner
            flows:
        \(flows)
        """)
  }

  /// Both approve with 15 %, one or the other with 45 %.
  ///
  /// Both: 0.6 × 0.5 × 0.5 = 15 % (independent: 9 %); one or the other:
  /// 0.6 × (1 − 0.5 × 0.5) = 45 %. Each flow pays on day 365 where its
  /// condition holds.
  @Test func programmesOnOneMechanismSucceedAndFailTogether() throws {
    let text = Self.scenario(
      """
              - {amount: 1M, label: both, when: {all: [{program: a, event: approval}, {program: b, event: approval}]}}
              - {amount: 2M, label: either, when: {any: [{program: a, event: approval}, {program: b, event: approval}]}}
      """)
    let result = try Valuing.run(text, paths: 40_000)
    let a = try #require(result.programmes.first { $0.id == "a" })
    #expect(abs(a.probabilityOfApproval - 0.3) < 1e-12)
    let bonus = try #require(result.component("bonus"))
    let expected = (0.15 * 1e6 + 0.45 * 2e6) / 1.1
    #expect(abs(bonus.rnpv - expected) < 1e-6)
    #expect(abs(bonus.mean - expected) < 3 * bonus.monteCarlo.standardError)
  }

  /// An event after its deadline counts for nothing: approval on
  /// 2022-01-01 (30 % for A) earns a flow `by: 2022-01-01`, not one
  /// `by: 2021-12-31`; a milestone with a deadline likewise.
  @Test func anEventAfterItsDeadlineCountsForNothing() throws {
    let text = Self.scenario(
      """
              - {amount: 1M, when: {program: a, event: approval, by: 2022-01-01}}
              - {amount: 5M, when: {program: a, event: approval, by: 2021-12-31}}
        licence:
          kind: out-licence
          counterparty: Licensee
          program: b
          milestones:
            - {event: approval, amount: 3M, by: 2022-01-01}
            - {event: approval, amount: 7M, by: 2021-06-30}
      """)
    let result = try Valuing.run(text, paths: 2_000)
    #expect(abs(try #require(result.component("bonus")).rnpv - 0.3e6 / 1.1) < 1e-6)
    #expect(abs(try #require(result.component("licence")).rnpv - 0.3 * 3e6 / 1.1) < 1e-6)
  }

  /// A grant's tranche paid on A's success: 30 % of 2M on day 365.
  @Test func aGrantTrancheCanWaitForAnEvent() throws {
    let text =
      Self.scenario("        - {date: 2021-06-30, amount: 0}")
        + """

        funding:
          region:
            kind: subsidy
            schedule:
              - {date: 2021-06-30, amount: 2M, when: {program: a, event: phase-success, phase: Phase 3}}
        """
    let result = try Valuing.run(text, paths: 20_000)
    let grant = try #require(result.component("region"))
    #expect(abs(grant.rnpv - 0.3 * 2e6 / 1.1) < 1e-6)
    #expect(abs(grant.mean - 0.3 * 2e6 / 1.1) < 3 * grant.monteCarlo.standardError)
  }

  @Test func badRisksGatesAndConditionsAreLocatedErrors() {
    let text =
      PhaseLinkTests.scenario(
        [
          ("a", "dependsOn: {risk: mechanisms, successProbability: 50%}, gate: {knowing: [$peak]}"),
          ("b", "successProbability: 50%, gate: {knowing: [$nothing]}"),
        ],
        extra: "",
        deals: """
          variables:
            peak: {distribution: pert, min: 1M, mode: 2M, max: 4M}
          risks:
            mechanism: {name: Mechanism, successProbability: 60%}
          deals:
            bonus:
              kind: cash-flows
              counterparty: P
              flows:
                - {amount: $peak, when: {all: [{program: a, event: approval}], any: [{program: b, event: approval}]}}
                - {amount: 1M, when: {event: approval}}
                - {amount: 1M, when: {program: a, event: launch}}
          """)
    guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("validated")
      return
    }
    let found = error.diagnostics.map(\.description)
    for expected in [
      "programs.a.phases[0].dependsOn.risk refers to risk 'mechanisms', which is not defined (did you mean 'mechanism'?)",
      "programs.a.phases[0].gate.knowing[0] is $peak, a pert distribution; a gate knows only discrete or bernoulli variables",
      "programs.b.phases[0].gate.knowing[0] refers to variable 'nothing', which is not defined",
      "deals.bonus.flows[0].when.any and all: both given; keep one",
      "deals.bonus.flows[1].when.program is required",
      "deals.bonus.flows[2].when.event is 'launch'",
    ] {
      #expect(found.contains { $0.contains(expected) }, "\(expected)\n\(found)")
    }
  }
}
