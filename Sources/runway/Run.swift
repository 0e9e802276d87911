import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory
import RunwayModel
import RunwayReport
import RunwayScenarioFile

/// `runway run FILE`: values a scenario (NPV, rNPV, Monte Carlo) and prints
/// a summary, or the result JSON with `--json`.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Value a scenario: unrisked NPV, analytic rNPV and the Monte Carlo distribution.")

  @Argument(help: "The scenario file (YAML); - reads standard input.")
  var file: String

  @OptionGroup var simulation: SimulationOptions

  @Option(help: "The report folder (default: reports/<scenario id>).")
  var out: String?

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  @Flag(help: "Also print report.html to report.pdf (needs headless Chromium).")
  var pdf = false

  @Flag(
    help: ArgumentHelp(
      "Value each deal and non-dilutive instrument on its own (with minus without it).",
      discussion:
        "One more simulation each, on the same random numbers; without it, only a subject's are."))
  var increments = false

  @Flag(help: "Skip the audit workbook, report.xlsx.")
  var noXlsx = false

  @Flag(help: "Print how long each part of the valuation took, on standard error.")
  var timing = false

  func run() throws {
    let start = Date()
    // Without Chromium a PDF cannot be made: say so before the valuation.
    let printer = pdf ? HeadlessChromium.locate() : nil
    if pdf && printer == nil { throw CommandLineError(HeadlessChromium.missingMessage) }
    let loaded = try simulation.load(file)
    let simulated = try loaded.simulate(simulation.valuation)
    if timing { Self.printTimings(simulated, threads: simulation.threads) }
    let answered = try loaded.answer(
      simulated, threads: simulation.threads, allIncrements: increments)
    let result = answered.result
    let folder = URL(fileURLWithPath: out ?? "reports/\(result.scenario)")
    try writeReport(to: folder) { folder in
      let workbook =
        noXlsx
        ? nil
        : try AuditWorkbook.data(
          result, flows: answered.datedFlows(), values: answered.headlineValues,
          provenance: loaded.provenance)
      try ReportFolder.write(
        result, provenance: loaded.provenance, to: folder, printer: printer, workbook: workbook)
    }
    simulation.history.record(
      RecordedRun(
        "run", scenarios: [loaded], options: simulation, start: start,
        figures: HeadlineFigure.of(result), paths: result.paths, seed: result.seed, report: folder))
    if json {
      print(try ResultJSON.encode(result))
    } else {
      print(TerminalText.safe(TerminalSummary.text(result)), terminator: "")
    }
  }

  /// Each part's seconds, and the Monte Carlo's paths a second.
  private static func printTimings(_ simulation: Simulation, threads: Int) {
    var lines = simulation.timings.parts.map {
      "\($0.name): \(AmountFormat.grouped($0.seconds, decimals: 3)) s"
    }
    if let monteCarlo = simulation.timings.parts.first(where: { $0.name == "Monte Carlo" }),
      monteCarlo.seconds > 0
    {
      let paths = Double(simulation.result.paths)
      lines.append(
        "Monte Carlo on \(threads) thread\(threads == 1 ? "" : "s"): "
          + "\(AmountFormat.grouped(paths / monteCarlo.seconds, decimals: 0)) paths/s, "
          + "\(AmountFormat.grouped(monteCarlo.seconds * Double(threads) / paths * 1e6, decimals: 2)) µs a path"
      )
    }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
