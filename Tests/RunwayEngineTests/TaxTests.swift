import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// Corporate income tax with losses carried forward, valued exactly over
/// the joint outcomes of every programme.
struct TaxTests {
  /// Two 50 % programmes, two milestones, costs and a 25 % tax.
  ///
  /// Two programmes whose single phases succeed with 50 % each on
  /// 2022-01-01 (day 365), each then paying a 10M milestone; 8M of costs in
  /// 2021; tax at 25 %. The 2021 loss (8M, plus what was brought forward)
  /// is carried into 2022, whose tax falls on 2022-12-31 (day 729).
  static func scenario(lossesBroughtForward: String = "") -> String {
    Valuing.settings(horizon: "2024", extra: "  tax: {rate: 25%\(lossesBroughtForward)}") + """
      programs:
        a:
          name: A
          phases:
            - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
        b:
          name: B
          phases:
            - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
      deals:
        la: {kind: out-licence, counterparty: P, program: a, milestones: [{event: approval, amount: 10M}]}
        lb: {kind: out-licence, counterparty: Q, program: b, milestones: [{event: approval, amount: 10M}]}
        costs: {kind: cash-flows, counterparty: Staff, category: corporate, flows: [{date: 2021-06-30, amount: -8M}]}
      """
  }

  /// The expected tax weighs every joint outcome.
  ///
  /// One approval (probability 1/2): 10M − 8M = 2M taxed, 0.5M; both
  /// (1/4): 20M − 8M = 12M, 3M. Expected tax 0.25M + 0.75M = 1M, worth
  /// 1M × 1.1^(−729/365); the tax of the expected profit (10M − 8M) would
  /// be 0.5M, half of it: the tax is weighed over the joint outcomes.
  @Test func theExpectedTaxWeighsEveryJointOutcome() throws {
    let result = try Valuing.run(Self.scenario(), paths: 100_000)
    let tax = try #require(result.component("corporate-tax"))
    let expected = -1e6 * pow(1.1, -729.0 / 365)
    #expect(abs(tax.rnpv - expected) < 1e-6)
    #expect(abs(tax.mean - expected) < 3 * tax.monteCarlo.standardError)
    // Unrisked, both approve: 3M.
    #expect(abs(tax.npv - -3e6 * pow(1.1, -729.0 / 365)) < 1e-6)
    #expect(abs(try #require(result.bridge.line("taxes")).rnpv - expected) < 1e-6)
    #expect(try #require(result.bridge.line("taxes")).note == nil)
  }

  /// With 5M of losses brought forward, 13M are carried into 2022: one
  /// approval pays nothing, both 0.25 × (20M − 13M) = 1.75M, with
  /// probability 1/4: 0.4375M.
  @Test func lossesBroughtForwardAreUsedFirst() throws {
    let result = try Valuing.run(
      Self.scenario(lossesBroughtForward: ", lossesBroughtForward: 5M"), paths: 1_000)
    let tax = try #require(result.component("corporate-tax"))
    #expect(abs(tax.rnpv - -0.4375e6 * pow(1.1, -729.0 / 365)) < 1e-6)
  }

  /// Eighteen single-phase programmes have 2^18 = 262,144 joint outcomes;
  /// over the 80 quarters to 2040 that is more than the 20 million outcome
  /// periods the analytic tax enumerates (250,000 outcomes a period): a
  /// located error at the tax, not a run that never ends; seventeen
  /// (131,072) validate.
  @Test func tooManyJointOutcomesForTheTaxAreALocatedError() {
    func scenario(_ programs: Int) -> String {
      Valuing.settings(extra: "  grid: quarter\n  tax: {rate: 25%}") + "programs:\n"
        + (1...programs).map {
          """
            p\($0):
              name: P\($0)
              phases:
                - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 1M, successProbability: 50%}

          """
        }.joined()
    }
    func diagnostics(_ text: String) -> [String] {
      guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else { return [] }
      return error.diagnostics.map(\.description)
    }
    let errors = diagnostics(scenario(18))
    #expect(
      errors.contains {
        $0.hasPrefix("t.yaml:9:")
          && $0.contains("scenario.tax is weighed over the joint outcomes of every programme")
          && $0.contains("in each of the 80 periods: its 18 programmes have more than 250000")
      }, "\(errors)")
    #expect(diagnostics(scenario(17)).isEmpty)
  }
}
