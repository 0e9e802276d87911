import ArgumentParser
import Crypto
import Foundation
import RunwayEngine
import RunwayModel
import RunwayReport
import RunwayScenarioFile

/// `runway run FILE`: values a scenario (NPV, rNPV, Monte Carlo) and prints
/// a summary, or the result JSON with `--json`.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Value a scenario: unrisked NPV, analytic rNPV and the Monte Carlo distribution.")

  @Argument(help: "The scenario file (YAML).")
  var file: String

  @Option(help: "Monte Carlo paths (default: the scenario's simulation.paths).")
  var paths: Int?

  @Option(help: "Random seed (default: the scenario's simulation.seed).")
  var seed: UInt64?

  @Option(help: "Worker threads (default: every core). Results do not depend on it.")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Override a field by its path in the file, e.g. deals.lifeliver.royalty.tiers[0].rate=9%.",
      valueName: "PATH=VALUE"))
  var overrides: [String] = []

  @Option(help: "The report folder (default: reports/<scenario id>).")
  var out: String?

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  @Flag(help: "Also print report.html to report.pdf (needs headless Chromium).")
  var pdf = false

  func validate() throws {
    if let paths, paths <= 0 { throw ValidationError("--paths must be positive") }
    if threads <= 0 { throw ValidationError("--threads must be positive") }
    for text in overrides where Override(argument: text) == nil {
      throw ValidationError("--set \(text): expected PATH=VALUE")
    }
  }

  func run() throws {
    // Without Chromium a PDF cannot be made: say so before the valuation.
    let printer = pdf ? HeadlessChromium.locate() : nil
    if pdf && printer == nil {
      printToStandardError("runway: error: \(HeadlessChromium.missingMessage)")
      throw ExitCode.failure
    }
    // Read once: the bytes parsed are the bytes the provenance hashes.
    let data = try orPrintDiagnostics(ScenarioFile.contents(path: file))
    let (scenario, warnings) = try orPrintDiagnostics(
      ScenarioFile.parse(
        data, file: file, overrides: overrides.compactMap(Override.init(argument:))))
    for warning in warnings { printToStandardError(warning.description) }
    let progress = ProgressBar.forStandardError()
    let report: (@Sendable (Int, Int) -> Void)? =
      if let progress { { done, total in progress.update(done: done, of: total) } } else { nil }
    var result: ValuationResult
    do {
      result = try Valuation.run(
        scenario, options: Valuation.Options(paths: paths, seed: seed, threads: threads),
        progress: report)
    } catch {
      progress?.finish()
      printToStandardError("\(file): error: \(error)")
      throw ExitCode.failure
    }
    progress?.finish()
    // The file's warnings (an announced total that its parts do not add up
    // to, say) belong in the report a board reads, not only on the terminal.
    result.warnings = warnings.map { "\($0.field) \($0.message)" } + result.warnings
    let folder = URL(fileURLWithPath: out ?? "reports/\(result.scenario)")
    do {
      try ReportFolder.write(
        result, provenance: provenance(of: data), to: folder, printer: printer)
    } catch {
      printToStandardError(
        "\(folder.path): error: the report cannot be written: \(error.localizedDescription)")
      throw ExitCode.failure
    }
    printToStandardError("report: \(folder.path)")
    if json {
      print(try ResultJSON.encode(result))
    } else {
      print(TerminalSummary.text(result), terminator: "")
    }
  }
}

extension Run {
  /// The scenario file's SHA-256, the overrides, the version and the date.
  func provenance(of data: Data) -> Provenance {
    let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    let date = ISO8601DateFormatter().string(from: Date())
    return Provenance(
      scenarioFile: file, sha256: digest, overrides: overrides,
      runwayVersion: Runway.configuration.version, date: date)
  }
}

/// The value of `result`, or its diagnostics printed and a failure exit.
func orPrintDiagnostics<Value>(_ result: Result<Value, ScenarioFileError>) throws -> Value {
  switch result {
  case .success(let value): return value
  case .failure(let error):
    for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
    throw ExitCode.failure
  }
}
