import Foundation
import GRDB

/// One command as the run history keeps it: when, what it read (each
/// scenario file's path, SHA-256 and text), how it was asked (its
/// arguments), which version answered, how long it took, what it found
/// (its headline figures) and where it wrote its report.
public struct RecordedRun: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  /// A scenario file as it was read.
  public struct File: Codable, Hashable, Sendable {
    public var path: String
    public var sha256: String
    public var text: String

    public init(path: String, sha256: String, text: String) {
      self.path = path
      self.sha256 = sha256
      self.text = text
    }

    /// The scenario's id as the file names it: its name without `.yaml`.
    public var scenario: String {
      ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
  }

  public static let databaseTableName = "run"

  public var id: Int64?
  /// ISO 8601, UTC.
  public var date: String
  /// `run`, `sensitivity`, `solve` or `compare`.
  public var command: String
  /// The command line after the command's name, as typed.
  public var arguments: [String]
  public var files: [File]
  /// The `--set` overrides.
  public var overrides: [String]
  /// As text: a seed may exceed SQLite's signed 64-bit integers.
  public var seed: String
  public var paths: Int
  public var threads: Int
  public var version: String
  public var seconds: Double
  public var figures: [HeadlineFigure]
  public var reportFolder: String

  public init(
    date: String, command: String, arguments: [String], files: [File], overrides: [String],
    seed: String, paths: Int, threads: Int, version: String, seconds: Double,
    figures: [HeadlineFigure], reportFolder: String
  ) {
    self.date = date
    self.command = command
    self.arguments = arguments
    self.files = files
    self.overrides = overrides
    self.seed = seed
    self.paths = paths
    self.threads = threads
    self.version = version
    self.seconds = seconds
    self.figures = figures
    self.reportFolder = reportFolder
  }

  /// The scenario's id: its first file's (``File/scenario``).
  public var scenario: String { files.first?.scenario ?? "" }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
