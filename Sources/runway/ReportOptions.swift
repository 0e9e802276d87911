import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory
import RunwayReport

/// What `runway run` and `runway merge` do with a valuation: where its
/// report goes, in which forms, and what it prints.
struct ReportOptions: ParsableArguments {
  @Option(
    help:
      "The report folder (default: reports/<scenario id>); with --shard, the partial result's file."
  )
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

  /// The PDF's printer, if asked for: checked before any valuation, since
  /// without Chromium a PDF cannot be made.
  func printer() throws -> HeadlessChromium? {
    guard pdf else { return nil }
    guard let printer = HeadlessChromium.locate() else {
      throw CommandLineError(HeadlessChromium.missingMessage)
    }
    return printer
  }

  /// Answers `simulated` (its subject, its increments), writes the report
  /// folder, records the run in `history` and prints the summary.
  func deliver(
    _ simulated: Simulation, loaded: LoadedScenario, threads: Int, printer: HeadlessChromium?,
    history: HistoryOptions, record: (_ figures: [HeadlineFigure], _ report: URL) -> RecordedRun
  ) throws {
    if timing { Self.printTimings(simulated, threads: threads) }
    let answered = try loaded.answer(simulated, threads: threads, allIncrements: increments)
    let result = answered.result
    let folder = URL(fileURLWithPath: out ?? "reports/\(result.scenario)")
    // Once: the workbook and the report state the same date.
    let provenance = loaded.provenance
    let workbook: (@Sendable () throws -> Data)? =
      noXlsx
      ? nil
      : { @Sendable in
        try AuditWorkbook.data(
          result, flows: answered.datedFlows(), values: answered.headlineValues,
          provenance: provenance)
      }
    try writeReport(to: folder) { folder in
      try ReportFolder.write(
        result, provenance: provenance, to: folder, printer: printer, workbook: workbook,
        threads: threads)
    }
    history.record(record(HeadlineFigure.of(result), folder))
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
