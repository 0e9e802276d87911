import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// Flows that wait for a programme's event: weighted by its probability
/// and dated at the event (on the later of their date and the event's).
struct ContingentFlowTests {
  /// A 50 % phase ending on 2022-01-01 (day 365), and `flows` of a
  /// cash-flows deal.
  static func scenario(_ flows: String) -> String {
    Valuing.settings(horizon: "2025") + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
      deals:
        capex:
          kind: cash-flows
          counterparty: Builder
          flows:
      \(flows)
      """
  }

  /// A second line of 1M bought on success, dated at it (day 365): 0.5 ×
  /// 1M / 1.1; a wind-down of 0.4M on failure, not before 2022-07-01
  /// (day 546): 0.5 × 0.4M × 1.1^(−546/365).
  @Test func aContingentFlowIsWeightedByItsEventAndDatedAtIt() throws {
    let text = Self.scenario(
      """
            - {amount: -1M, label: second line, when: {program: drug, event: phase-success, phase: Phase 2}}
            - {date: 2022-07-01, amount: -0.4M, when: {program: drug, event: phase-failure, phase: Phase 2}}
      """)
    let result = try Valuing.run(text, paths: 20_000)
    let expected = -0.5 * 1e6 / 1.1 - 0.5 * 0.4e6 * pow(1.1, -546.0 / 365)
    let capex = try #require(result.component("capex"))
    #expect(abs(capex.rnpv - expected) < 1e-6)
    #expect(abs(capex.mean - expected) < 3 * capex.monteCarlo.standardError)
    #expect(abs(try #require(result.flow("capex", in: "2022")) - (-0.5e6 - 0.2e6)) < 3e4)
    // Unrisked, the phase succeeds: the second line only.
    #expect(abs(capex.npv - -1e6 / 1.1) < 1e-6)
  }

  /// A two-year phase of 10M from 2021-01-01 spends it all in the period
  /// of its start (2021, dated 2021-12-31, day 364) or of its end (the
  /// last day of 2022, day 729).
  @Test(arguments: [("lump-start", "2021", 364.0), ("lump-end", "2022", 729.0)])
  func aLumpCostFallsAtThePhasesStartOrEnd(curve: String, year: String, day: Double) throws {
    let text = Valuing.onePhase(start: "2021-01-01", years: 2, curve: curve, horizon: "2024")
    let result = try Valuing.run(text, paths: 10)
    #expect(abs(try #require(result.flow("drug", in: year)) - -10e6) < 1e-6)
    #expect(abs(try #require(result.component("drug")).npv - -10e6 * pow(1.1, -day / 365)) < 1e-6)
  }

  @Test func aFlowWithoutDateOrEventOrWithAnUnknownProgramIsALocatedError() {
    let text = Self.scenario(
      """
            - {amount: -1M}
            - {amount: -1M, when: {program: nothing, event: approval}}
      """)
    guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("validated")
      return
    }
    let found = error.diagnostics.map(\.description)
    #expect(
      found.contains { $0.contains("deals.capex.flows[0].date is required, or a when: event") })
    #expect(
      found.contains {
        $0.contains("deals.capex.flows[1].when.program refers to program 'nothing'")
      })
  }
}
