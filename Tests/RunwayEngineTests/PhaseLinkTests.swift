import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// Outcomes shared across programmes (one trial, one readout) and
/// outcomes that depend on another programme's, in the Monte Carlo and
/// exactly in the analytic rNPV.
struct PhaseLinkTests {
  /// Programmes whose single phases end on 2022-01-01 (day 365); `phases`
  /// gives each one's success line.
  static func scenario(_ phases: [(String, String)], extra: String = "", deals: String = "")
    -> String
  {
    var text = Valuing.settings(horizon: "2024", extra: extra) + "programs:\n"
    for (id, success) in phases {
      text += """
          \(id):
            name: \(id)
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, \(success)}

        """
    }
    return text + deals
  }

  /// A and B share one readout (50 %), each then paying a 10M milestone,
  /// against 8M of costs in 2021, taxed at 25 %: both approve or neither,
  /// so the expected tax is 0.5 × 0.25 × (20M − 8M) = 1.5M (independent
  /// outcomes gave 1M), dated 2022-12-31 (day 729).
  @Test func aSharedOutcomeApprovesBothOrNeither() throws {
    let text = Self.scenario(
      [
        ("a", "successProbability: 50%"),
        ("b", "sameOutcomeAs: {program: a, phase: Phase 3}"),
      ], extra: "  tax: {rate: 25%}",
      deals: """
        deals:
          la: {kind: out-licence, counterparty: P, program: a, milestones: [{event: approval, amount: 10M}]}
          lb: {kind: out-licence, counterparty: Q, program: b, milestones: [{event: approval, amount: 10M}]}
          costs: {kind: cash-flows, counterparty: Staff, category: corporate, flows: [{date: 2021-06-30, amount: -8M}]}
        """)
    let result = try Valuing.run(text, paths: 20_000)
    let tax = try #require(result.component("corporate-tax"))
    let expected = -1.5e6 * pow(1.1, -729.0 / 365)
    #expect(abs(tax.rnpv - expected) < 1e-6)
    #expect(abs(tax.mean - expected) < 3 * tax.monteCarlo.standardError)
    // Both approve on the same paths: the value is two milestones or none.
    let b = try #require(result.programmes.first { $0.id == "b" })
    #expect(b.probabilityOfApproval == 0.5)
    #expect(abs(result.monteCarlo.probabilityNegative - 0.5) < 0.02)
  }

  /// B proceeds only after A's success (50 %) with 60 %, C only after B's
  /// with 70 %: C is approved with 0.5 × 0.6 × 0.7 = 21 %, and its 1M
  /// milestone on approval (day 365) is worth 0.21 × 1M / 1.1.
  @Test func aDependsOnChainMultipliesItsConditionalProbabilities() throws {
    let text = Self.scenario(
      [
        ("a", "successProbability: 50%"),
        ("b", "dependsOn: {program: a, phase: Phase 3, successProbability: 60%}"),
        ("c", "dependsOn: {program: b, phase: Phase 3, successProbability: 70%}"),
      ],
      deals: """
        deals:
          lc: {kind: out-licence, counterparty: P, program: c, milestones: [{event: approval, amount: 1M}]}
        """)
    let result = try Valuing.run(text, paths: 50_000)
    let c = try #require(result.programmes.first { $0.id == "c" })
    #expect(abs(c.probabilityOfApproval - 0.21) < 1e-12)
    let milestone = try #require(result.component("lc"))
    #expect(abs(milestone.rnpv - 0.21e6 / 1.1) < 1e-6)
    #expect(abs(milestone.mean - 0.21e6 / 1.1) < 3 * milestone.monteCarlo.standardError)
  }

  /// A and B share one readout: the NPV is 0 or two milestones, all of it
  /// explained by that one event, which each measure counts once (two
  /// columns that always agree would leave the regression singular).
  @Test func aSharedReadoutIsOneFactorOfTheSensitivityMeasures() throws {
    let text = Self.scenario(
      [
        ("a", "successProbability: 50%"),
        ("b", "sameOutcomeAs: {program: a, phase: Phase 3}"),
      ],
      deals: """
        deals:
          la: {kind: out-licence, counterparty: P, program: a, milestones: [{event: approval, amount: 10M}]}
          lb: {kind: out-licence, counterparty: Q, program: b, milestones: [{event: approval, amount: 10M}]}
        """)
    let scenario = try Valuing.scenario(text)
    let simulation = try Valuation.simulate(
      scenario, options: Valuation.Options(paths: 4_096, seed: 7, threads: 2, batchSize: 1_024),
      keepInputs: true)
    let global = try GlobalSensitivity(simulation)
    #expect(global.factors.map(\.name) == ["programs.a + b phases passed"])
    #expect(abs(global.factors[0].varianceShare - 1) < 1e-9)
    let sobol = try SobolSensitivity(scenario, samples: 4_096)
    #expect(sobol.factors.map(\.name) == ["programs.a + b development outcome"])
    #expect(abs(sobol.factors[0].firstOrder - 1) < 0.05)
  }

  /// 16 programmes depending on a 17th (17 linked phases), or gates that
  /// know 13 bernoulli variables (8,192 joint values), are too many to
  /// enumerate: each is a located error, not a run that never ends.
  @Test func groupsTooLargeToEnumerateAreLocatedErrors() {
    let linked = Self.scenario(
      [("hub", "successProbability: 50%")]
        + (1...16).map {
          ("p\($0)", "dependsOn: {program: hub, phase: Phase 3, successProbability: 50%}")
        })
    let known = (1...13).map { "$k\($0)" }.joined(separator: ", ")
    let gated =
      Self.scenario([("a", "successProbability: 50%, gate: {knowing: [\(known)]}")])
      + "variables:\n"
      + (1...13).map { "  k\($0): {distribution: bernoulli, probability: 50%}\n" }.joined()
    func diagnostics(_ text: String) -> [String] {
      guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else { return [] }
      return error.diagnostics.map(\.description)
    }
    #expect(
      diagnostics(linked).contains {
        $0.contains("programs.p1.phases[0].dependsOn is one of 17 linked phases")
          && $0.contains("at most 16")
      }, "\(diagnostics(linked))")
    #expect(
      diagnostics(gated).contains {
        $0.contains(
          "programs.a.phases[0].gate.knowing[0] is one of variables with 8192 joint values")
      }, "\(diagnostics(gated))")
  }

  @Test func aLinkThatPointsNowhereOrInACircleIsALocatedError() {
    let nowhere = Self.scenario([
      ("a", "successProbability: 50%"), ("b", "sameOutcomeAs: {program: a, phase: Phase 9}"),
    ])
    let circle = Self.scenario([
      ("a", "dependsOn: {program: b, phase: Phase 3, successProbability: 50%}"),
      ("b", "sameOutcomeAs: {program: a, phase: Phase 3}"),
    ])
    func diagnostics(_ text: String) -> [String] {
      guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else { return [] }
      return error.diagnostics.map(\.description)
    }
    #expect(
      diagnostics(nowhere).contains {
        $0.contains("programs.b.phases[0].sameOutcomeAs.phase refers to a phase of a, 'Phase 9'")
      })
    #expect(
      diagnostics(circle).contains {
        $0.contains("is part of a cycle of linked phases: a/Phase 3 → b/Phase 3 → a/Phase 3")
      })
  }
}
