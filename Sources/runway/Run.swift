import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory
import RunwayReport

/// `runway run FILE`: values a scenario (NPV, rNPV, Monte Carlo) and prints
/// a summary, or the result JSON with `--json`; with `--shard K/N`, only
/// its share of the paths, for `runway merge`.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Value a scenario: unrisked NPV, analytic rNPV and the Monte Carlo distribution.")

  @Argument(help: "The scenario file (YAML); - reads standard input.")
  var file: String

  @OptionGroup var simulation: SimulationOptions

  @OptionGroup var report: ReportOptions

  @Option(
    help: ArgumentHelp(
      "Simulate only shard K of N and write its partial result (default: <scenario id>.shard-K-of-N.json), which runway merge puts together with the others.",
      valueName: "K/N"))
  var shard: ShardNumber?

  func run() throws {
    let start = Date()
    let printer = try report.printer()
    let loaded = try simulation.load(file)
    if let shard {
      try PartialResult.write(shard, of: loaded, options: simulation, to: report.out)
      return
    }
    let simulated = try loaded.simulate(simulation.valuation)
    try report.deliver(
      simulated, loaded: loaded, threads: simulation.threads, printer: printer,
      history: simulation.history
    ) { figures, folder in
      RecordedRun(
        "run", scenarios: [loaded], overrides: simulation.overrides, threads: simulation.threads,
        start: start, figures: figures, paths: simulated.result.paths,
        seed: simulated.result.seed, report: folder)
    }
  }
}
