import RunwayEngine
import RunwayScenarioFile

/// Scenarios valued as `runway run` values them, for the report's tests.
enum Valuing {
  /// A scenario file's text, valued on `paths` paths.
  static func run(_ text: String, file: String = "test.yaml", paths: Int) throws
    -> ValuationResult
  {
    let scenario = try ScenarioFile.parse(text, file: file).get().scenario
    return try Valuation.run(scenario, options: Valuation.Options(paths: paths, threads: 2))
  }

  static let flagshipFile = "scenarios/promethera-portfolio.yaml"

  /// The flagship valued once (2,000 paths) for every test that reads its
  /// report: each valuation runs its tornado's event passes again.
  static let flagship = Result { () throws(FixtureError) -> ValuationResult in
    do {
      let scenario = try ScenarioFile.load(path: flagshipFile).get().scenario
      return try Valuation.run(scenario, options: Valuation.Options(paths: 2_000, threads: 2))
    } catch {
      throw FixtureError(message: "\(error)")
    }
  }

  /// Why a shared fixture could not be built.
  struct FixtureError: Error, Sendable {
    let message: String
  }
}
