import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// Deals in force only where a condition holds (`when:` on the deal): an
/// either-or between two agreements, runs that wait for an IND.
struct DealConditionTests {
  /// Two deals on an event and on its failure: one pays or neither does.
  ///
  /// A cell's preclinical work (40 %) decides which of two agreements a
  /// device maker signs; the device's own trial (50 %) decides whether
  /// either pays, 1M or 0.5M on 2023-01-01 (day 730). The either-or
  /// weighs them 0.4 × 0.5 and 0.6 × 0.5; a path never pays both.
  @Test func twoDealsOnAnEventAndItsFailureNeverBothPay() throws {
    let text =
      Valuing.settings(horizon: "2024") + """
        programs:
          cell:
            name: Cell
            phases:
              - {name: Preclinical, start: 2021-01-01, duration: 1, cost: 0, successProbability: 40%}
          device:
            name: Device
            phases:
              - {name: Clinical, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
        deals:
          cell-licence:
            kind: cash-flows
            counterparty: Maker
            when: {program: cell, event: phase-success, phase: Preclinical}
            flows:
              - {date: 2023-01-01, amount: 1M, when: {program: device, event: approval}}
          fallback-supply:
            kind: cash-flows
            counterparty: Maker
            when: {program: cell, event: phase-failure, phase: Preclinical}
            flows:
              - {date: 2023-01-01, amount: 0.5M, when: {program: device, event: approval}}
        """
    let result = try Valuing.run(text, paths: 20_000)
    let discount = Valuing.discount(0.1, days: 730)
    let licence = try #require(result.component("cell-licence"))
    let supply = try #require(result.component("fallback-supply"))
    #expect(abs(licence.rnpv - 0.4 * 0.5 * 1e6 * discount) < 1e-6)
    #expect(abs(supply.rnpv - 0.6 * 0.5 * 0.5e6 * discount) < 1e-6)
    #expect(abs(licence.mean - licence.rnpv) < 3 * licence.monteCarlo.standardError)
    #expect(abs(supply.mean - supply.rnpv) < 3 * supply.monteCarlo.standardError)
    // Either one pays (approval, 50 %) or neither: the total's maximum is
    // the larger payment, never their sum.
    #expect(abs(try #require(result.distribution.quantiles.last) - 1e6 * discount) < 1e-6)
  }

  /// GMP runs waiting for an IND, by a deadline.
  ///
  /// 2 runs a year at 100k from 2022-01-01
  /// to 2022-12-31 (364/365 of a year, dated on the period's last day,
  /// day 729), paid where the IND-enabling phase
  /// (50 %, over on 2022-01-01) succeeds by its deadline. Pluri's side
  /// (100k − 60k a run) is conditional too. A deadline before the readout
  /// leaves nothing.
  @Test(arguments: [("2022-06-30", 0.5), ("2021-06-30", 0.0)])
  func runsWaitForTheINDByItsDeadline(by: String, probability: Double) throws {
    let text =
      Valuing.settings(horizon: "2024") + """
        programs:
          islets:
            name: Islet cells
            phases:
              - {name: IND-enabling, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
        deals:
          gmp-runs:
            kind: manufacturing
            counterparty: CDMO
            role: client
            when: {program: islets, event: phase-success, phase: IND-enabling, by: \(by)}
            runsPerYear: 2
            pricePerRun: 100k
            costPerRun: 60k
            start: 2022-01-01
            end: 2022-12-31
        """
    let result = try Valuing.run(text, paths: 4_000)
    let discount = Valuing.discount(0.1, days: 729) * 364 / 365
    let runs = try #require(result.component("gmp-runs"))
    #expect(abs(runs.rnpv - -probability * 200e3 * discount) < 1e-6)
    let theirs = try #require(runs.counterpartyValue)
    #expect(abs(theirs.rnpv - probability * 2 * 40e3 * discount) < 1e-6)
    #expect(abs(runs.npv - (probability > 0 ? -200e3 * discount : 0)) < 1e-6)
  }

  @Test func aDealsConditionOnAnUnknownProgrammeIsALocatedError() {
    let text =
      Valuing.settings() + """
        deals:
          runs:
            kind: manufacturing
            counterparty: CDMO
            role: client
            when: {program: nothing, event: approval}
            runsPerYear: 2
            pricePerRun: 100k
            start: 2022-01-01
        """
    guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("validated")
      return
    }
    #expect(
      error.diagnostics.map(\.description).contains {
        $0.contains("t.yaml:") && $0.contains("deals.runs.when.program refers to program 'nothing'")
      })
  }
}
