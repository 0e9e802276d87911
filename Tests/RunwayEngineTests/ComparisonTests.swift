import Foundation
import RunwayEngine
import RunwayModel
import RunwayScenarioFile
import Testing

/// Comparisons on common random numbers: exact differences where the
/// change is certain, and a variance far below that of independent runs.
struct ComparisonTests {
  static let options = Valuation.Options(paths: 4_096, seed: 21, threads: 2)

  static func simulate(_ path: String, _ overrides: [Override] = []) throws -> Simulation {
    let scenario = try ScenarioFile.load(path: path, overrides: overrides).get().scenario
    return try Valuation.simulate(scenario, options: options)
  }

  /// Scenario B is A plus 1M received on the valuation date: on every
  /// path B's NPV is A's plus 1M, so the difference is 1M with a paired
  /// standard error of zero (rounding aside), while two independent runs
  /// would carry √2 times A's standard error.
  @Test func aCertainChangeIsMeasuredExactly() throws {
    let path = "scenarios/medipal-alliance.yaml"
    let a = try Self.simulate(path)
    let b = try Self.simulate(
      path,
      [
        Override(
          path: "deals.gift",
          value: "{kind: cash-flows, counterparty: G, flows: [{date: 2019-03-20, amount: 1M}]}")
      ])
    #expect(
      try ScenarioFile.load(path: path).get().scenario.settings.valuationDate.description
        == "2019-03-20")
    let comparison = try Comparison([("A", a), ("B", b)])
    let difference = try #require(comparison.entries[1].difference)
    #expect(comparison.entries[0].difference == nil)
    #expect(abs(difference.mean - 1e6) < 1e-6)
    #expect(abs(difference.rnpv - 1e6) < 1e-6)
    #expect(difference.standardError < 1e-6)
    let single = a.result.monteCarlo.standardError
    #expect(abs(difference.independentStandardError - 2.squareRoot() * single) < 1e-9 * single)
  }

  /// A royalty of 9 % instead of the LifeLiver scenario's uncertain first
  /// tier moves the rNPV a little on every path that sells: paired, the
  /// difference's standard error is less than a twentieth of that of two
  /// independent runs (a variance over 400 times smaller), and its mean
  /// is the difference of the two means.
  @Test func commonRandomNumbersShrinkTheVarianceOfADifference() throws {
    let path = "scenarios/lifeliver-korea.yaml"
    let a = try Self.simulate(path)
    let b = try Self.simulate(path, [Override(path: "variables.koreaRoyalty", value: "9%")])
    let difference = try #require(try Comparison([("A", a), ("B", b)]).entries[1].difference)
    #expect(difference.standardError < difference.independentStandardError / 20)
    #expect(difference.standardError > 0)
    let means = b.result.monteCarlo.mean - a.result.monteCarlo.mean
    #expect(abs(difference.mean - means) < 1e-9 * abs(means))
    // The per-path differences average to the same figure.
    let perPath = zip(b.totals, a.totals).map { $0 - $1 }.reduce(0, +) / Double(a.totals.count)
    #expect(abs(perPath - means) < 1e-6 * abs(means))
  }

  /// Different seeds are not common random numbers: refused.
  @Test func differentSeedsAreRefused() throws {
    let path = "scenarios/medipal-alliance.yaml"
    let a = try Self.simulate(path)
    let scenario = try ScenarioFile.load(path: path).get().scenario
    let b = try Valuation.simulate(
      scenario, options: Valuation.Options(paths: 4_096, seed: 22, threads: 2))
    #expect(throws: ValuationError.self) { try Comparison([("A", a), ("B", b)]) }
  }
}
