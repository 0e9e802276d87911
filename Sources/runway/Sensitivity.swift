import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory
import RunwayReport

/// `runway sensitivity FILE`: what drives the value, one input at a time
/// (tornado) and all at once (rank correlations, regression, and Sobol
/// indices on request).
struct Sensitivity: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "What drives the value: tornado, rank correlations, regression and Sobol indices.")

  @Argument(help: "The scenario file (YAML).")
  var file: String

  @OptionGroup var simulation: SimulationOptions

  @Option(
    help: ArgumentHelp(
      "Also estimate Sobol indices from N samples (N × (factors + 2) path evaluations).",
      valueName: "N"))
  var sobol: Int?

  @Option(help: "The report folder (default: reports/<scenario id>-sensitivity).")
  var out: String?

  @Flag(help: "Print the figures as JSON on standard output.")
  var json = false

  func validate() throws {
    if let sobol, sobol < 2 { throw ValidationError("--sobol needs at least 2 samples") }
  }

  func run() throws {
    let start = Date()
    let loaded = try simulation.load(file)
    let run = try loaded.simulate(simulation.valuation, keepInputs: true)
    let report: SensitivityReport
    do {
      report = SensitivityReport(
        result: run.result, global: try GlobalSensitivity(run),
        sobol: try sobol.map { samples throws(ValuationError) in
          try SobolSensitivity(loaded.scenario, samples: samples, seed: simulation.seed)
        },
        provenance: loaded.provenance)
    } catch {
      throw CommandLineError("\(file): \(error)")
    }
    let folder = URL(fileURLWithPath: out ?? "reports/\(run.result.scenario)-sensitivity")
    try writeReport(to: folder) { try report.write(to: $0) }
    simulation.history.record(
      RecordedRun(
        "sensitivity", scenarios: [loaded], overrides: simulation.overrides,
        threads: simulation.threads, start: start,
        figures: HeadlineFigure.of(run.result), paths: run.result.paths, seed: run.result.seed,
        report: folder))
    if json {
      print(try ResultJSON.encode(report.figures))
    } else {
      print(TerminalText.safe(report.terminalText), terminator: "")
    }
  }
}
