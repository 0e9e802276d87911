import ArgumentParser
import CRunwaySystem
import Foundation

/// The `runway` command: values biotech funding and licence deals.
@main
struct Runway: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "runway",
    abstract: "Values biotech funding and licence deals with Monte Carlo rNPV.",
    version: "0.1.0",
    subcommands: [
      Validate.self, Run.self, Merge.self, Sensitivity.self, Solve.self, Compare.self, Runs.self,
      Schema.self,
    ]
  )

  /// Runs the command, rendering every error it ends with in one form
  /// (``ErrorReport``); help and the version print as usual.
  static func main() {
    // Before any of the engine's code runs: built for x86-64-v3, it would
    // stop the process with SIGILL, and no word, on an older processor.
    guard runway_processor_runs_engine() != 0 else {
      ErrorReport.print([
        "runway: error: this processor lacks the x86-64-v3 instructions (AVX2, BMI2) "
          + "this build of the engine was compiled for; build it for any x86-64 with "
          + "RUNWAY_PORTABLE=1 swift build -c release --product runway"
      ])
      Foundation.exit(ExitCode.failure.rawValue)
    }
    let arguments = Array(CommandLine.arguments.dropFirst())
    var command: any ParsableCommand.Type = Runway.self
    do {
      var parsed = try parseAsRoot(arguments)
      command = type(of: parsed)
      try parsed.run()
    } catch let error as ExitCode {
      Foundation.exit(error.rawValue)
    } catch {
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }
      ErrorReport.print(ErrorReport.lines(for: error, command: command))
      Foundation.exit(code.rawValue)
    }
  }
}
