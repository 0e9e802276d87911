import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory
import RunwayModel
import RunwayReport
import RunwayScenarioFile

/// `runway compare A.yaml B.yaml …`: scenarios (or variants of one) valued
/// side by side on common random numbers.
struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare scenarios, or variants of one, on the same random numbers.",
    discussion: """
      Every scenario is valued with the same seed and number of paths (the
      first file's, unless --seed or --paths says otherwise), so their
      differences are measured path by path. A variant is the first file
      with overrides: --variant "manual COGS: variables.cogs=35%; deals.x.upfront=2M".
      """)

  @Argument(help: "Scenario files (YAML); the first is the reference.")
  var files: [String]

  @Option(
    help: ArgumentHelp(
      "A variant of the first file: an optional label and colon, then PATH=VALUE overrides separated by semicolons.",
      valueName: "LABEL: PATH=VALUE; …"))
  var variant: [String] = []

  @Option(help: "A deal to show from both sides, with its value by payment type.")
  var deal: String?

  @OptionGroup var simulation: SimulationOptions

  @Option(help: "The report folder (default: reports/<first scenario id>-comparison).")
  var out: String?

  @Flag(help: "Print the comparison as JSON on standard output.")
  var json = false

  /// A variant's label and overrides.
  struct Variant {
    let label: String
    let overrides: [Override]
  }

  /// Parses `LABEL: PATH=VALUE; PATH=VALUE`; the label is the text before
  /// the last colon ahead of the first `=` (a label may hold colons, a path
  /// never does, a value may).
  static func variant(_ text: String) -> Variant? {
    var body = Substring(text)
    var label: String?
    let head = text[..<(text.firstIndex(of: "=") ?? text.endIndex)]
    if let colon = head.lastIndex(of: ":") {
      label = text[..<colon].trimmingCharacters(in: .whitespaces)
      body = text[text.index(after: colon)...]
    }
    let overrides = body.split(separator: ";").map {
      Override(argument: $0.trimmingCharacters(in: .whitespaces))
    }
    guard !overrides.isEmpty, overrides.allSatisfy({ $0 != nil }) else { return nil }
    let parsed = overrides.compactMap(\.self)
    return Variant(
      label: label.flatMap { $0.isEmpty ? nil : $0 }
        ?? parsed.map(\.description).joined(separator: "; "),
      overrides: parsed)
  }

  func validate() throws {
    guard !files.isEmpty else { throw ValidationError("give at least one scenario file") }
    guard files.count + variant.count >= 2 else {
      throw ValidationError("give two scenario files, or one and a --variant")
    }
    for text in variant where Self.variant(text) == nil {
      throw ValidationError("--variant \(text): expected LABEL: PATH=VALUE; PATH=VALUE")
    }
  }

  func run() throws {
    let start = Date()
    var loaded = try files.map { try simulation.load($0) }
    var labels = loaded.map(\.scenario.settings.id)
    // validate() has parsed every variant.
    for parsed in variant.compactMap(Self.variant) {
      loaded.append(try simulation.load(files[0], extra: parsed.overrides))
      labels.append(parsed.label)
    }
    // The first file's paths and seed for all: common random numbers.
    let first = loaded[0].scenario.settings.simulation
    var options = simulation.valuation
    options.paths = simulation.paths ?? first.paths
    options.seed = simulation.seed ?? first.seed
    let simulations = try loaded.map { try $0.simulate(options) }
    if let deal, simulations[0].deal(deal) == nil {
      throw CommandLineError(
        "--deal \(deal): \(files[0]) has no deal or group of deals of that name; its components are "
          + simulations[0].result.components.map(\.id).joined(separator: ", "))
    }
    let comparison: Comparison
    do {
      comparison = try Comparison(Array(zip(labels, simulations)), deal: deal)
    } catch {
      throw CommandLineError("\(error)")
    }
    let sources = loaded.map { scenario in
      ([scenario.file] + scenario.overrides.map { "--set \($0)" }).joined(separator: " ")
    }
    let report = ComparisonReport(
      comparison, sources: sources, runwayVersion: Runway.configuration.version,
      date: Date().formatted(.iso8601))
    let folder = URL(fileURLWithPath: out ?? "reports/\(labels[0])-comparison")
    try writeReport(to: folder) { try report.write(to: $0) }
    simulation.history.record(
      RecordedRun(
        "compare", scenarios: Array(loaded.prefix(files.count)), overrides: simulation.overrides,
        threads: simulation.threads, start: start,
        figures: comparison.entries.map { HeadlineFigure("rNPV, \($0.label)", $0.rnpv) },
        paths: options.paths ?? first.paths, seed: options.seed ?? first.seed, report: folder))
    if json {
      print(try ResultJSON.encode(comparison))
    } else {
      print(TerminalText.safe(report.terminalText), terminator: "")
    }
  }
}
