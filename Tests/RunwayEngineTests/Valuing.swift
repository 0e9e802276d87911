import Foundation
import RunwayEngine
import RunwayModel
import RunwayScenarioFile
import Testing

/// Parses a scenario written in the test and values it.
enum Valuing {
  /// The settings block of the test scenarios: valued on 2021-01-01 (2021
  /// to 2023 have 365 days, so a one-year phase fills a calendar year) at
  /// 10 %, yearly periods whose flows are dated on their last day.
  static func settings(horizon: String = "2040", extra: String = "") -> String {
    """
    scenario:
      id: test
      name: Test
      valuationDate: 2021-01-01
      currency: EUR
      horizon: \(horizon)
      discountRate: 10%
    \(extra)

    """
  }

  /// Programme `drug`, one phase of 10M from `start` for `years` with
  /// cost curve `curve` (as the file writes it), valued to `horizon`:
  /// what the cost-curve tests vary.
  static func onePhase(start: String, years: Int, curve: String, horizon: String) -> String {
    settings(horizon: horizon) + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 3, start: \(start), duration: \(years), cost: 10M, costCurve: \(curve), successProbability: 50%}
      """
  }

  static func scenario(_ text: String) throws -> Scenario {
    switch ScenarioFile.parse(text, file: "test.yaml") {
    case .success(let parsed): return parsed.scenario
    case .failure(let error):
      Issue.record("the test scenario does not validate:\n\(error)")
      throw error
    }
  }

  static func run(
    _ text: String, paths: Int = 2_000, seed: UInt64 = 7, threads: Int = 2, batchSize: Int = 1_024
  ) throws -> ValuationResult {
    try Valuation.run(
      scenario(text),
      options: Valuation.Options(paths: paths, seed: seed, threads: threads, batchSize: batchSize))
  }

  /// (1 + r)^−(days/365): the contract's discount factor, written out.
  static func discount(_ rate: Double, days: Double) -> Double { pow(1 + rate, -days / 365) }
}

extension ValuationResult {
  func component(_ id: String) -> ComponentResult? { components.first { $0.id == id } }

  /// The expected flow of component `id` in period `label`.
  func flow(_ id: String, in label: String) -> Double? {
    cashflows.first { $0.period == label }?.components[id]
  }

  /// The analytic expected total flow of period `label`.
  func analyticFlow(in label: String) -> Double? {
    cashflows.first { $0.period == label }?.analytic
  }
}
