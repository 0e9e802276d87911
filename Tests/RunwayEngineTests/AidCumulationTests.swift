import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// Public aid set against the costs it funds: stacked above the costs, or
/// above a stated maximum intensity, it is a warning; FEDER's co-financing
/// split is not the company's aid intensity.
struct AidCumulationTests {
  /// A phase costing 2M in 2021; an advance of 60 % of it (1.2M), ERDF
  /// `erdf`, and a 0.5M grant for the same programme paid in 2021.
  static func scenario(erdf: String, limit: String = "") -> String {
    Valuing.settings(horizon: "2024")
      + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 2M, successProbability: 50%}
      funding:
        rca: {kind: recoverable-advance, program: drug, share: 60%, lag: 0\(limit)}
        feder: {kind: erdf, program: drug, claimLag: 0, \(erdf)}
        grant:
          kind: subsidy
          program: drug
          schedule: [{date: 2021-06-30, amount: 0.5M}]
      """
  }

  /// 1.2M + 0.6M (30 % intensity) + 0.5M = 2.3M of aid against 2M of costs.
  @Test func aidAboveTheCostsIsAWarning() throws {
    let scenario = try Valuing.scenario(
      Self.scenario(erdf: "intensity: 30%, euShare: 40%, regionalShare: 50%"))
    let warnings = try Valuation.warnings(scenario)
    #expect(
      warnings.contains(
        "programs.drug receives public aid above its costs on the plan in 2021: 2.3M (rca 1.2M, feder 0.6M, grant 0.5M) against costs of 2.0M"
      ), "\(warnings)")
    // The ERDF pays its intensity of the 2M spent in 2021 (whether or not
    // the phase succeeds), not the 90 % of its co-financing split.
    let result = try Valuing.run(Self.scenario(erdf: "intensity: 30%, euShare: 40%"), paths: 256)
    #expect(
      abs(try #require(result.component("feder")).rnpv - 0.6e6 * pow(1.1, -364.0 / 365)) < 1e-6)
  }

  /// 1.2M + 0.2M (10 %) + 0.5M = 1.9M is within the costs, but above the
  /// advance's stated maximum intensity of 70 % (1.4M).
  @Test func aidAboveTheStrictestStatedIntensityIsAWarning() throws {
    let text = Self.scenario(
      erdf: "intensity: 10%, euShare: 40%", limit: ", maximumAidIntensity: 70%")
    let warnings = try Valuation.warnings(try Valuing.scenario(text))
    #expect(
      warnings.contains {
        $0.contains(
          "programs.drug receives public aid above the strictest maximum aid intensity its instruments state (70 %, funding.rca.maximumAidIntensity) on the plan in 2021: 1.9M"
        )
      }, "\(warnings)")
  }

  @Test func anERDFWithoutIntensityIsWarnedAbout() throws {
    let text = Self.scenario(erdf: "euShare: 40%, regionalShare: 50%")
    guard case .success(let parsed) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("does not validate")
      return
    }
    #expect(
      parsed.warnings.map(\.description).contains {
        $0.contains("funding.feder.intensity is not given, so euShare + regionalShare (90.0%)")
      })
  }

  /// Two readings of an ERDF line are weighed exactly.
  ///
  /// Each reading has 50 %: it adds nothing, or 30 % of 10M of 2021 costs
  /// capped at 1.8M. The analytic rNPV weighs the two
  /// readings, 0.5 × 1.8M discounted, not the mean intensity's 1.5M; the
  /// tornado swings the reading whole.
  @Test func aDiscreteHypothesisIsWeighedExactly() throws {
    let text =
      Valuing.settings(horizon: "2023")
        + """
        variables:
          intensity: {distribution: discrete, values: [0%, 30%], weights: [1, 1], source: two readings}
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 10M, successProbability: 50%}
        funding:
          feder: {kind: erdf, program: drug, intensity: $intensity, euShare: 40%, ceiling: 1.8M, claimLag: 0}
        """
    let result = try Valuing.run(text, paths: 4_000)
    let d = Valuing.discount(0.10, days: 364)
    let feder = try #require(result.component("feder"))
    #expect(abs(feder.rnpv - 0.5 * 1.8e6 * d) < 1e-6)
    #expect(abs(feder.mean - feder.rnpv) < 3 * feder.monteCarlo.standardError)
    let bar = try #require(result.tornado.bars.first { $0.input == "variables.intensity" })
    #expect(abs(bar.rnpvAtHigh - bar.rnpvAtLow - 1.8e6 * d) < 1e-6)
  }
}
