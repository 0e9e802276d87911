import Foundation
import GRDB

/// The run history: a SQLite database of ``RecordedRun``s, opened (and
/// created, then migrated to the current schema) at a path.
///
/// Several processes may record at once: SQLite locks the file for each
/// write, and a writer waits up to ten seconds for another's to end. The
/// schema's migration, which reads what is applied before it writes, runs
/// under an exclusive lock on a file beside the database, so that two
/// processes opening a new history do not both create it.
public struct RunHistory: Sendable {
  private let database: DatabaseQueue

  public init(path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    database = try DatabaseQueue(path: path, configuration: configuration)
    let lock = open(path + ".lock", O_CREAT | O_RDWR, 0o644)
    guard lock >= 0 else { throw CocoaError(.fileWriteNoPermission) }
    // Closing the file releases the lock.
    defer { close(lock) }
    flock(lock, LOCK_EX)
    try Self.migrator.migrate(database)
  }

  /// The schema's versions, applied in order to a database that lacks them.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: runs") { database in
      try database.create(table: RecordedRun.databaseTableName) { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("date", .text).notNull()
        table.column("command", .text).notNull()
        table.column("arguments", .jsonText).notNull()
        table.column("files", .jsonText).notNull()
        table.column("overrides", .jsonText).notNull()
        table.column("seed", .text).notNull()
        table.column("paths", .integer).notNull()
        table.column("threads", .integer).notNull()
        table.column("version", .text).notNull()
        table.column("seconds", .double).notNull()
        table.column("figures", .jsonText).notNull()
        table.column("reportFolder", .text).notNull()
      }
    }
    return migrator
  }

  /// Records `run`; returns its id.
  @discardableResult
  public func record(_ run: RecordedRun) throws -> Int64 {
    var run = run
    try database.write { try run.insert($0) }
    return run.id ?? 0
  }

  /// The runs, newest first; only those of `scenario` (a file's name
  /// without `.yaml`) when given.
  public func runs(scenario: String? = nil) throws -> [RecordedRun] {
    let all = try database.read { database in
      try RecordedRun.order(Column("id").desc).fetchAll(database)
    }
    guard let scenario else { return all }
    return all.filter { $0.files.contains { $0.scenario == scenario } }
  }

  /// The run `id`, if there is one.
  public func run(_ id: Int64) throws -> RecordedRun? {
    try database.read { try RecordedRun.fetchOne($0, key: id) }
  }

  /// The default place: `$RUNWAY_HISTORY`, or
  /// `$XDG_DATA_HOME/runway/runs.sqlite`, or
  /// `~/.local/share/runway/runs.sqlite`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let path = environment["RUNWAY_HISTORY"], !path.isEmpty { return path }
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
    return (data as NSString).appendingPathComponent("runway/runs.sqlite")
  }

  /// Why opening or writing the history failed, in words: SQLite's
  /// message, or the file system's.
  public static func reason(for error: any Error) -> String {
    if let error = error as? DatabaseError { return "\(error)" }
    return error.localizedDescription
  }
}
