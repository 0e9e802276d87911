import Foundation
import RunwayModel
import Yams

/// Reads and validates scenario files.
public enum ScenarioFile {
  /// The largest scenario file read: a protection against a wrong path, not
  /// a limit any real scenario approaches.
  static let maximumBytes = 4 << 20

  /// The scenario in `text`, with its warnings; or every diagnostic.
  ///
  /// - Parameters:
  ///   - file: the name diagnostics give as the file.
  ///   - overrides: fields to replace before validation (`--set`).
  public static func parse(_ text: String, file: String, overrides: [Override] = []) -> Result<
    (scenario: Scenario, warnings: [Diagnostic]), ScenarioFileError
  > {
    let log = DiagnosticLog(file: file)
    var root: Node
    if let problem = YAMLPreflight.check(text) {
      log.error(at: problem, problem.field, problem.message)
      return .failure(ScenarioFileError(diagnostics: log.sorted))
    }
    do {
      guard let composed = try Yams.compose(yaml: text) else {
        log.error(at: nil, "", "is empty; a scenario starts with a scenario: mapping")
        return .failure(ScenarioFileError(diagnostics: log.sorted))
      }
      root = composed
    } catch let error as YamlError {
      log.error(at: error.mark, "", "is not valid YAML: \(error.problem)")
      return .failure(ScenarioFileError(diagnostics: log.sorted))
    } catch {
      log.error(at: nil, "", "is not valid YAML: \(error)")
      return .failure(ScenarioFileError(diagnostics: log.sorted))
    }
    for override in overrides {
      switch override.apply(to: root) {
      case .success(let updated): root = updated
      case .failure(let error): log.error(at: nil, "", error.description)
      }
    }
    if log.hasErrors { return .failure(ScenarioFileError(diagnostics: log.sorted)) }
    let decoder = ScenarioDecoder(log: log)
    guard let scenario = decoder.decode(root) else {
      return .failure(ScenarioFileError(diagnostics: log.sorted))
    }
    return .success((scenario, log.sorted))
  }

  /// Reads and parses the file at `path`, with `overrides` applied.
  public static func load(path: String, overrides: [Override] = []) -> Result<
    (scenario: Scenario, warnings: [Diagnostic]), ScenarioFileError
  > {
    contents(path: path).flatMap { parse($0, file: path, overrides: overrides) }
  }

  /// The bytes of the file at `path`, checked for size (what a report's
  /// provenance hashes is then exactly what was parsed).
  ///
  /// `-` reads standard input. At most ``maximumBytes`` are read, so that
  /// a device (`/dev/zero`) or a pipe that never ends is refused, not read
  /// for ever.
  public static func contents(path: String) -> Result<Data, ScenarioFileError> {
    let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
    guard let handle else {
      let exists = FileManager.default.fileExists(atPath: path)
      return .failure(fileError(path, exists ? "cannot be read" : "cannot be read: no such file"))
    }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
    } catch {
      return .failure(fileError(path, "cannot be read (is it a folder?)"))
    }
    guard data.count <= maximumBytes else {
      return .failure(
        fileError(path, "is larger than \(maximumBytes >> 20) MiB, the most a scenario file holds"))
    }
    return .success(data)
  }

  /// Parses the bytes of a file (UTF-8), with `overrides` applied.
  public static func parse(_ data: Data, file: String, overrides: [Override] = []) -> Result<
    (scenario: Scenario, warnings: [Diagnostic]), ScenarioFileError
  > {
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(fileError(file, "cannot be read as UTF-8 text"))
    }
    return parse(text, file: file, overrides: overrides)
  }

  /// A message about field `path` (its first word) of the file `text`,
  /// as a diagnostic located at the field (`file:line:column: warning:
  /// path …`); unlocated when the path is not the file's.
  public static func warning(_ message: String, in text: String, file: String) -> String {
    let path = String(message.prefix { $0 != " " })
    let located: Mark? =
      path.contains(".")
      ? (try? Yams.compose(yaml: text)).flatMap { root in
        root.map { Override(path: path, value: "").deepestNode(in: $0).mark }
      } ?? nil : nil
    let log = DiagnosticLog(file: file)
    log.warning(at: located, path, String(message.dropFirst(path.count + 1)))
    return log.sorted.first?.description ?? "\(file): warning: \(message)"
  }

  /// A number written as in a scenario (`5M`, `750k`, `12%`, `-2.5M`),
  /// for command-line arguments; `nil` when it is not one, or names a
  /// currency.
  public static func number(_ text: String) -> Double? {
    guard case .success(let parsed) = NumberSyntax.parse(text, kind: .number),
      parsed.currency == nil
    else { return nil }
    return parsed.value
  }

  /// Why `paths` (a `--paths` given on the command line) cannot value
  /// `scenario`, or `nil`: the rule of the file's `simulation.paths`.
  public static func pathsProblem(_ paths: Int, for scenario: Scenario) -> String? {
    let settings = scenario.settings
    return Limits.pathsProblem(
      paths, from: settings.valuationDate, to: settings.horizon, grid: settings.grid)
  }

  /// The joint outcomes of `scenario`'s programmes times its periods when
  /// a tax is set (0 without one): the work of each analytic valuation,
  /// which the validator bounds.
  public static func taxOutcomePeriods(_ scenario: Scenario) -> Int {
    guard scenario.settings.tax != nil else { return 0 }
    return Limits.taxOutcomePeriods(
      scenario.programs, settings: scenario.settings, cap: Limits.maximumTaxOutcomePeriods)
  }

  private static func fileError(_ file: String, _ message: String) -> ScenarioFileError {
    let location = SourceLocation(file: file, line: 1, column: 1)
    return ScenarioFileError(diagnostics: [
      Diagnostic(severity: .error, location: location, field: "", message: message)
    ])
  }
}

extension YamlError {
  var mark: Mark? {
    switch self {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark
    case .duplicatedKeysInMapping(_, let context): context.mark
    default: nil
    }
  }

  var problem: String {
    switch self {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      problem
    case .reader(let problem, _, _, _): problem
    // Yams's own message quotes the whole file; the preflight reports
    // plain duplicates first, so only unusual keys reach here.
    case .duplicatedKeysInMapping(let duplicates, _):
      "a key is written twice in one mapping (\(duplicates.joined(separator: ", ")))"
    default: "\(self)"
    }
  }
}
