/// One problem found in a scenario file: where, which field, and what is
/// wrong, in the words of the person who wrote the file.
///
/// Diagnostics are plain data; ``description`` renders the one-line form
/// that editors and CI logs understand: `file:line:column: error: field
/// message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable {
    case error, warning
  }

  public var severity: Severity
  public var location: SourceLocation
  /// The field's path in the file, such as `programs.aclf.phases[2].cost`.
  public var field: String
  /// What is wrong and what was expected.
  public var message: String

  public init(severity: Severity, location: SourceLocation, field: String, message: String) {
    self.severity = severity
    self.location = location
    self.field = field
    self.message = message
  }

  public var description: String {
    "\(location): \(severity.rawValue): \(field.isEmpty ? "" : field + " ")\(message)"
  }
}

/// Every diagnostic of a file, or the scenario it describes.
public struct ScenarioFileError: Error, Sendable, CustomStringConvertible {
  /// All the diagnostics, errors and warnings, in file order.
  public let diagnostics: [Diagnostic]

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
