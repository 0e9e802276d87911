import ArgumentParser
import Crypto
import Foundation
import RunwayEngine
import RunwayModel
import RunwayReport
import RunwayScenarioFile

/// The options every valuing command shares: how many paths, which seed,
/// how many threads, and the `--set` overrides.
struct SimulationOptions: ParsableArguments {
  // Unconditional: `--paths -1` is a value to refuse, not a missing one.
  @Option(
    parsing: .unconditional,
    help: "Monte Carlo paths, 1…100,000,000 (default: the scenario's simulation.paths).")
  var paths: Int?

  @Option(parsing: .unconditional, help: "Random seed (default: the scenario's simulation.seed).")
  var seed: UInt64?

  @Option(
    parsing: .unconditional,
    help: "Worker threads, 1…1024 (default: every core). Results do not depend on it.")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Override a field by its path in the file, e.g. deals.lifeliver.royalty.tiers[0].rate=9%.",
      valueName: "PATH=VALUE"))
  var overrides: [String] = []

  @OptionGroup var history: HistoryOptions

  func validate() throws {
    if let paths, paths <= 0 { throw ValidationError("--paths is \(paths); it must be positive") }
    if !(1...1024).contains(threads) {
      throw ValidationError("--threads is \(threads); threads lie in 1…1024")
    }
    for text in overrides where Override(argument: text) == nil {
      throw ValidationError("--set \(text): expected PATH=VALUE")
    }
  }

  /// The valuation options these flags ask for.
  var valuation: Valuation.Options { Valuation.Options(paths: paths, seed: seed, threads: threads) }

  /// Reads and validates `file` with the overrides (and `extra` ones after
  /// them), printing its warnings; diagnostics end the command.
  func load(_ file: String, extra: [Override] = []) throws -> LoadedScenario {
    // Read once: the bytes parsed are the bytes the provenance hashes.
    let data = try ScenarioFile.contents(path: file).get()
    let (scenario, warnings) = try ScenarioFile.parse(
      data, file: file, overrides: overrides.compactMap(Override.init(argument:)) + extra
    ).get()
    for warning in warnings { printToStandardError(warning.description) }
    if let paths, let problem = ScenarioFile.pathsProblem(paths, for: scenario) {
      throw CommandLineError("--paths \(problem)")
    }
    return LoadedScenario(
      file: file, data: data, scenario: scenario,
      warnings: warnings.map { "\($0.field) \($0.message)" },
      overrides: overrides + extra.map(\.description))
  }
}

/// A scenario as read, with what its report's provenance needs.
struct LoadedScenario {
  let file: String
  let data: Data
  let scenario: Scenario
  /// The file's warnings, as the report lists them.
  let warnings: [String]
  let overrides: [String]

  /// The scenario file's SHA-256, in hexadecimal.
  var sha256: String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }

  /// The scenario file's SHA-256, the overrides, the version and the date.
  var provenance: Provenance {
    // The format style, not ISO8601DateFormatter, whose creation loads the
    // system time zone through ICU (30 ms) to write a date in UTC.
    let date = Date().formatted(.iso8601)
    return Provenance(
      scenarioFile: file, sha256: sha256, overrides: overrides,
      runwayVersion: Runway.configuration.version, date: date)
  }

  /// Simulates the scenario with a progress bar on a terminal; a valuation
  /// error is printed against the file and ends the command.
  func simulate(_ options: Valuation.Options, keepInputs: Bool = false) throws -> Simulation {
    noting(
      try withProgress { progress throws(ValuationError) in
        try Valuation.simulate(
          scenario, options: options, keepInputs: keepInputs, progress: progress)
      })
  }

  /// Shard `number` of the run `options` asks for, its progress on
  /// standard error: a bar on a terminal, lines in a batch job's log.
  func shard(_ number: ShardNumber, _ options: Valuation.Options) throws -> ShardPart {
    try withProgress(logging: "shard \(number)") { progress throws(ValuationError) in
      try Valuation.shard(
        scenario, options: options, part: number.part, of: number.parts, progress: progress)
    }
  }

  /// The run whose shards are `parts`, as ``simulate(_:keepInputs:)``
  /// gives it.
  func merge(_ parts: [ShardPart], _ options: Valuation.Options) throws -> Simulation {
    noting(
      try againstFile { () throws(ValuationError) in
        try Valuation.merge(scenario, options: options, parts: parts)
      })
  }

  /// `simulation` with the file's warnings (an announced total that its
  /// parts do not add up to, say) first: they belong in the report a board
  /// reads, not only on the terminal.
  private func noting(_ simulation: Simulation) -> Simulation {
    var simulation = simulation
    simulation.result.warnings = warnings + simulation.result.warnings
    return simulation
  }

  /// `body` with a progress bar on standard error where it is a terminal,
  /// or else lines headed `logging` if given.
  private func withProgress<Result>(
    logging label: String? = nil,
    _ body: ((@Sendable (Int, Int) -> Void)?) throws(ValuationError) -> Result
  ) throws -> Result {
    let progress: (any ProgressDisplay)? =
      ProgressBar.forStandardError() ?? label.map { ProgressLog(label: $0) }
    let report: (@Sendable (Int, Int) -> Void)? =
      if let progress { { done, total in progress.update(done: done, of: total) } } else { nil }
    defer { progress?.finish() }
    return try againstFile { () throws(ValuationError) in try body(report) }
  }

  /// `body`, a valuation error printed against the file.
  private func againstFile<Result>(_ body: () throws(ValuationError) -> Result) throws -> Result {
    do {
      return try body()
    } catch {
      throw CommandLineError("\(file): \(error)")
    }
  }
}

extension LoadedScenario {
  /// The simulation with its subject answered (``Valuation/answer``):
  /// each deal's and instrument's increment with `allIncrements`, else the
  /// subject's only.
  func answer(_ simulation: Simulation, threads: Int, allIncrements: Bool) throws
    -> Simulation
  {
    let ids =
      allIncrements
      ? scenario.deals.map(\.id)
        + scenario.funding.filter { !$0.isFinancing }.map(\.id)
      : nil
    do {
      return try Valuation.answer(simulation, scenario: scenario, ids: ids, threads: threads)
    } catch {
      throw CommandLineError("\(file): \(error)")
    }
  }
}

/// Writes a report folder, or ends the command saying why it cannot.
func writeReport(to folder: URL, _ write: (URL) throws -> Void) throws {
  do {
    try write(folder)
  } catch {
    throw CommandLineError(
      "the report cannot be written: \(ErrorReport.message(for: error, command: Runway.self))")
  }
  printToStandardError("report: \(folder.path)")
}
