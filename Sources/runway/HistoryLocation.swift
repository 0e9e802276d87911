import ArgumentParser
import Foundation
import RunwayHistory

/// Where the run history is: `--history PATH`, or the default place.
struct HistoryLocation: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The run history's database (default: $RUNWAY_HISTORY, or ~/.local/share/runway/runs.sqlite).",
      valueName: "PATH"))
  var history: String?

  var path: String {
    history ?? RunHistory.defaultPath(environment: ProcessInfo.processInfo.environment)
  }

  func open() throws -> RunHistory {
    do {
      return try RunHistory(path: path)
    } catch {
      throw CommandLineError(
        "the run history cannot be read (\(path)): \(RunHistory.reason(for: error))")
    }
  }

  func run(_ id: Int64) throws -> RecordedRun {
    guard let run = try open().run(id) else {
      throw CommandLineError("the run history (\(path)) has no run \(id)")
    }
    return run
  }
}
