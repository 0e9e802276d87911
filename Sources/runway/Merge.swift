import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory

/// `runway merge PARTIALS…`: puts the shards of a run together and writes
/// the report the run would have written on one machine, to the last bit.
struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Merge the partial results of runway run --shard K/N into the run's report.")

  @Argument(help: "The partial results, one per shard, in any order.")
  var partials: [String]

  @Option(help: "Worker threads for the summaries and sensitivities (default: every core).")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var history: HistoryOptions

  @OptionGroup var report: ReportOptions

  func run() throws {
    let start = Date()
    let printer = try report.printer()
    let (loaded, parts) = try PartialResult.read(partials)
    let options = Valuation.Options(
      paths: parts[0].paths, seed: parts[0].seed, threads: max(1, threads))
    let simulated = try loaded.merge(parts, options)
    try report.deliver(
      simulated, loaded: loaded, threads: options.threads, printer: printer, history: history
    ) { figures, folder in
      RecordedRun(
        "merge", scenarios: [loaded], overrides: loaded.overrides, threads: options.threads,
        start: start, figures: figures, paths: simulated.result.paths,
        seed: simulated.result.seed, report: folder)
    }
  }
}
