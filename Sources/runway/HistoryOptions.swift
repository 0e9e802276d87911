import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory
import RunwayReport

/// Where a command records itself in the run history, or that it does not.
struct HistoryOptions: ParsableArguments {
  @OptionGroup var location: HistoryLocation

  @Flag(help: "Do not record this run in the run history.")
  var noHistory = false

  /// Records `run`, or says on standard error why it could not: the
  /// history never costs a run its report.
  func record(_ run: RecordedRun) {
    guard !noHistory else { return }
    do {
      let id = try RunHistory(path: location.path).record(run)
      printToStandardError("history: run \(id) in \(location.path)")
    } catch {
      printToStandardError(
        "warning: the run history was not recorded (\(location.path)): "
          + "\(RunHistory.reason(for: error)); "
          + "the report was written")
    }
  }
}

extension LoadedScenario {
  /// The file as the history keeps it.
  var recordedFile: RecordedRun.File {
    RecordedRun.File(
      path: file, sha256: sha256, text: String(decoding: data, as: UTF8.self))
  }
}

extension RecordedRun {
  /// A run of `command` on `scenarios` (the first is the reference),
  /// begun at `start`, that answered with `figures` in `report` (if it
  /// wrote one).
  init(
    _ command: String, scenarios: [LoadedScenario], overrides: [String], threads: Int,
    start: Date, figures: [HeadlineFigure], paths: Int, seed: UInt64, report: URL?
  ) {
    self.init(
      date: start.formatted(.iso8601), command: command,
      arguments: Array(CommandLine.arguments.dropFirst(2)),
      files: scenarios.map(\.recordedFile), overrides: overrides, seed: String(seed),
      paths: paths, threads: threads, version: Runway.configuration.version,
      seconds: Date().timeIntervalSince(start), figures: figures,
      reportFolder: report?.standardizedFileURL.path ?? "")
  }
}

extension HeadlineFigure {
  /// A valuation's headline: the rNPV, the NPV, the Monte Carlo mean with
  /// its standard error, P10, P50 and P90, and the equity value.
  static func of(_ result: ValuationResult) -> [HeadlineFigure] {
    let sample = result.monteCarlo
    var figures = [
      HeadlineFigure("rNPV", result.rnpv), HeadlineFigure("NPV", result.npv),
      HeadlineFigure("Monte Carlo mean", sample.mean, standardError: sample.standardError),
      HeadlineFigure("P10", sample.percentiles.p10), HeadlineFigure("P50", sample.percentiles.p50),
      HeadlineFigure("P90", sample.percentiles.p90),
    ]
    if let equity = result.bridge.line("equity") {
      figures.append(HeadlineFigure("Equity value", equity.rnpv))
    }
    return figures
  }
}
