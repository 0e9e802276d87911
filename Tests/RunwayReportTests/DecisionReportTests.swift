import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

@testable import RunwayReport

/// The report shows where each gate stops and what the option to stop is
/// worth.
struct DecisionReportTests {
  /// Brealey, Myers and Allen's drug (as in `GateTests`): the gate before
  /// Phase 3 stops where the launch value is 100M, a quarter of the
  /// cases, and the option adds 99.99M − 82.68M = 17.3M.
  @Test func theDecisionsTableSaysWhereEachGateStopsAndWhatTheOptionAdds() throws {
    let text = """
      scenario:
        id: drug
        name: New drug
        valuationDate: 2021-01-01
        currency: USD
        horizon: 2026
        discountRate: 9.6%
      variables:
        launchValue: {distribution: discrete, values: [700M, 300M, 100M], weights: [25, 50, 25]}
      programs:
        drug:
          name: New drug
          phases:
            - {name: Phase 3, start: 2021-01-01, duration: 3, cost: 0, successProbability: 80%, gate: {knowing: [$launchValue]}}
      deals:
        flows:
          kind: cash-flows
          counterparty: Market
          flows:
            - {amount: -130M, when: {program: drug, event: phase-start, phase: Phase 3}}
            - {amount: $launchValue, when: {program: drug, event: approval}}
      """
    let result = try Valuing.run(text, paths: 1_024)
    let summary = BoardSummary(result, provenance: ReportFolderTests.provenance)
    let decisions = try #require(summary.decisions)
    #expect(decisions.rows == [["New drug", "Phase 3", "100.0%", "25.0%", "launchValue = 100M"]])
    #expect(decisions.caption?.contains("The option to stop adds 17.3M to the rNPV") == true)
    let markdown = SummaryMarkdown.text(result, provenance: ReportFolderTests.provenance)
    #expect(markdown.contains("## Decisions"))
    #expect(TerminalSummary.text(result).contains("The option to stop at gates adds 17.3M"))
  }
}
