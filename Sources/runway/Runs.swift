import ArgumentParser
import Foundation
import RunwayHistory
import RunwayReport

/// `runway runs`: the run history, which every `run`, `sensitivity`,
/// `solve` and `compare` records.
struct Runs: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List, show, compare and rerun the recorded runs.",
    subcommands: [List.self, Show.self, Diff.self, Rerun.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The recorded runs, newest first.")

    @OptionGroup var location: HistoryLocation

    @Option(help: "Only the runs of this scenario (its file's name without .yaml).")
    var scenario: String?

    /// An amount as the reports write it; a rate or a small number to
    /// four significant digits.
    static func figure(_ value: Double) -> String {
      abs(value) < 1_000 ? String(format: "%.4g", value) : AmountFormat.compact(value)
    }

    func run() throws {
      let runs = try location.open().runs(scenario: scenario)
      guard !runs.isEmpty else {
        print("no run recorded in \(location.path)")
        return
      }
      let rows = runs.map { run in
        [
          "\(run.id ?? 0)", run.date, run.command, run.scenario,
          AmountFormat.grouped(Double(run.paths)),
          run.seed, run.figures.first.map { "\($0.name) \(Self.figure($0.value))" } ?? "",
          run.reportFolder,
        ]
      }
      print(
        TerminalText.safe(
          TerminalText.table(
            header: ["id", "date", "command", "scenario", "paths", "seed", "headline", "report"],
            rows: rows, textColumns: 4)),
        terminator: "")
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "One recorded run, whole.")

    @OptionGroup var location: HistoryLocation

    @Argument(help: "The run's id.")
    var id: Int64

    func run() throws {
      let run = try location.run(id)
      var lines = [
        "run \(id): runway \(run.command) \(run.arguments.joined(separator: " "))",
        "date: \(run.date); version \(run.version); \(String(format: "%.2f", run.seconds)) s",
        "paths: \(run.paths); seed: \(run.seed); threads: \(run.threads)",
        "overrides: \(run.overrides.isEmpty ? "none" : run.overrides.joined(separator: "; "))",
      ]
      lines += run.files.map { "file: \($0.path) (SHA-256 \($0.sha256))" }
      lines += run.figures.map { figure in
        "\(figure.name): \(AmountFormat.grouped(figure.value, decimals: 2))"
          + (figure.standardError.map { " ± \(AmountFormat.grouped($0, decimals: 2))" } ?? "")
      }
      lines.append("report: \(run.reportFolder)")
      print(TerminalText.safe(lines.joined(separator: "\n")))
    }
  }

  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "What changed between two recorded runs: files, overrides and figures.")

    @OptionGroup var location: HistoryLocation

    @Argument(help: "The earlier run's id.")
    var first: Int64

    @Argument(help: "The later run's id.")
    var second: Int64

    func run() throws {
      let (a, b) = (try location.run(first), try location.run(second))
      print(TerminalText.safe(RunComparison.text(a, b)), terminator: "")
    }
  }

  struct Rerun: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Run a recorded run again from its stored scenario text and check that its figures are identical."
    )

    @OptionGroup var location: HistoryLocation

    @Argument(help: "The run's id.")
    var id: Int64

    @Option(help: "The rerun's report folder (default: a temporary one).")
    var out: String?

    func run() throws {
      let recorded = try location.run(id)
      let again = try RunReplay(recorded, history: location.path, out: out).run()
      let differences = zip(recorded.figures, again.figures).filter { $0.0 != $0.1 }
      if differences.isEmpty, recorded.figures.count == again.figures.count {
        print(
          "run \(again.id ?? 0) reproduces run \(id): its \(again.figures.count) figures are identical"
        )
        return
      }
      for (before, after) in differences {
        print("\(before.name): \(before.value) then \(after.value)")
      }
      throw CommandLineError("run \(again.id ?? 0) does not reproduce run \(id)")
    }
  }
}
