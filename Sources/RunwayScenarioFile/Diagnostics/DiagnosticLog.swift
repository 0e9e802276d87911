import Yams

/// Collects the diagnostics of one file as it is read, so that a user sees
/// every problem at once rather than one per run.
final class DiagnosticLog {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  func location(_ mark: Mark?) -> SourceLocation {
    SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func error(at mark: Mark?, _ field: String, _ message: String) {
    diagnostics.append(
      Diagnostic(severity: .error, location: location(mark), field: field, message: message))
  }

  /// An error found before the tree was composed, at its own line.
  func error(at problem: YAMLPreflight.Problem, _ field: String, _ message: String) {
    let location = SourceLocation(file: file, line: problem.line, column: problem.column)
    diagnostics.append(
      Diagnostic(severity: .error, location: location, field: field, message: message))
  }

  func warning(at mark: Mark?, _ field: String, _ message: String) {
    diagnostics.append(
      Diagnostic(severity: .warning, location: location(mark), field: field, message: message))
  }

  /// The diagnostics sorted by place, errors before warnings at one place.
  var sorted: [Diagnostic] {
    diagnostics.enumerated().sorted {
      ($0.element.location, $0.element.severity == .error ? 0 : 1, $0.offset)
        < ($1.element.location, $1.element.severity == .error ? 0 : 1, $1.offset)
    }.map(\.element)
  }
}
