import Foundation
import Testing

/// The run history: every run recorded in SQLite, listed, shown, compared
/// and rerun; concurrent writers; and a history that cannot be written
/// never costs the run its report.
struct HistoryCommandTests {
  static let scenario = "Tests/RunwayReportTests/Golden/golden.yaml"

  /// A new folder, and the history's path in it.
  static func folder() throws -> (URL, String) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return (folder, folder.appendingPathComponent("runs.sqlite").path)
  }

  /// `runway run` of the golden scenario into `out`, recorded in `history`.
  static func run(_ out: URL, history: String, _ extra: [String] = []) throws
    -> RunwayProcess.Output
  {
    try RunwayProcess.run(
      ["run", scenario, "--paths", "500", "--out", out.path, "--history", history] + extra)
  }

  /// The rNPV of a report, from its `result.json`.
  static func rnpv(_ report: URL) throws -> Double {
    let data = try Data(contentsOf: report.appendingPathComponent("result.json"))
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return try #require(object?["rnpv"] as? Double)
  }

  /// The number on the line of `output` that starts with `label`.
  static func figure(_ label: String, in output: String) -> Double? {
    output.split(separator: "\n").first { $0.hasPrefix(label) }
      .flatMap { line in
        line.split(separator: " ").map { $0.replacingOccurrences(of: ",", with: "") }
          .compactMap(Double.init).first
      }
  }

  @Test func recordsListsShowsComparesAndReruns() throws {
    let (folder, history) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("first")
    let second = folder.appendingPathComponent("second")
    #expect(try Self.run(first, history: history).status == 0)
    let changed = try Self.run(second, history: history, ["--set", "scenario.discountRate=12%"])
    #expect(changed.status == 0)
    #expect(changed.standardError.contains("history: run 2 in \(history)"))

    let list = try RunwayProcess.run(["runs", "--history", history])
    let rows = list.standardOutput.split(separator: "\n").dropFirst(2).map { $0.prefix(2) }
    #expect(rows == ["2 ", "1 "], "newest first: \(list.standardOutput)")

    let show = try RunwayProcess.run(["runs", "show", "1", "--history", history])
    let shown = try #require(Self.figure("rNPV:", in: show.standardOutput))
    #expect(abs(shown - (try Self.rnpv(first))) < 0.005)
    #expect(show.standardOutput.contains("SHA-256"))

    let diff = try RunwayProcess.run(["runs", "diff", "1", "2", "--history", history])
    #expect(diff.standardOutput.contains("--set scenario.discountRate=12%"))
    let difference = try #require(
      diff.standardOutput.split(separator: "\n").first { $0.hasPrefix("rNPV ") }
        .map { $0.split(separator: " ").map { $0.replacingOccurrences(of: ",", with: "") } }
        .flatMap { Double($0[3]) })
    #expect(abs(difference - (try Self.rnpv(second) - Self.rnpv(first))) <= 1)

    let rerun = try RunwayProcess.run(["runs", "rerun", "1", "--history", history])
    #expect(rerun.status == 0, "\(rerun.standardError)")
    #expect(rerun.standardOutput.contains("run 3 reproduces run 1: its 7 figures are identical"))
  }

  /// A changed file shows as its changed lines.
  @Test func aChangedFileShowsItsLines() throws {
    let (folder, history) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOfFile: Self.scenario, encoding: .utf8)
    let copy = folder.appendingPathComponent("golden.yaml")
    try text.write(to: copy, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("report")
    let arguments = ["run", copy.path, "--paths", "500", "--out", out.path, "--history", history]
    #expect(try RunwayProcess.run(arguments).status == 0)
    try text.replacingOccurrences(of: "discountRate: 10%", with: "discountRate: 11%")
      .write(to: copy, atomically: true, encoding: .utf8)
    #expect(try RunwayProcess.run(arguments).status == 0)
    let diff = try RunwayProcess.run(["runs", "diff", "1", "2", "--history", history])
    #expect(diff.standardOutput.contains("- "), "\(diff.standardOutput)")
    #expect(diff.standardOutput.contains("discountRate: 10%"))
    #expect(diff.standardOutput.contains("+ "))
    #expect(diff.standardOutput.contains("discountRate: 11%"))
    let listed = try RunwayProcess.run(["runs", "--history", history, "--scenario", "golden"])
    #expect(listed.standardOutput.split(separator: "\n").count == 4)
  }

  /// Six runs started at once on a new history all record: the first
  /// creates its schema, the others wait for it.
  @Test func concurrentRunsAllRecord() throws {
    let (folder, history) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let runs = (0..<6).map { index in
      let process = Process()
      process.executableURL = RunwayProcess.executable
      process.currentDirectoryURL = RunwayProcess.repository
      process.arguments = [
        "run", Self.scenario, "--paths", "500", "--threads", "1", "--out",
        folder.appendingPathComponent("report-\(index)").path, "--history", history,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      return process
    }
    for process in runs { try process.run() }
    for process in runs { process.waitUntilExit() }
    #expect(runs.allSatisfy { $0.terminationStatus == 0 })
    let list = try RunwayProcess.run(["runs", "--history", history])
    #expect(list.standardOutput.split(separator: "\n").count == 2 + 6, "\(list.standardOutput)")
  }

  /// A corrupt file, or a place that cannot be written: the report is
  /// written all the same, and a warning says why the history is not.
  @Test(arguments: ["corrupt", "unwritable"])
  func aHistoryThatCannotBeWrittenKeepsTheReport(_ kind: String) throws {
    let (folder, history) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    if kind == "corrupt" {
      try Data(repeating: 0x5A, count: 8_192).write(to: URL(fileURLWithPath: history))
    }
    let path = kind == "corrupt" ? history : "/proc/runway/runs.sqlite"
    let out = folder.appendingPathComponent("report")
    let run = try Self.run(out, history: path)
    #expect(run.status == 0)
    #expect(run.standardError.contains("warning: the run history was not recorded (\(path))"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("result.json").path))
  }

  /// An empty file is migrated to the schema; `--no-history` records
  /// nothing.
  @Test func anEmptyFileIsMigratedAndNoHistoryRecordsNothing() throws {
    let (folder, history) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(FileManager.default.createFile(atPath: history, contents: Data()))
    #expect(try Self.run(folder.appendingPathComponent("a"), history: history).status == 0)
    #expect(
      try Self.run(folder.appendingPathComponent("b"), history: history, ["--no-history"]).status
        == 0)
    let list = try RunwayProcess.run(["runs", "--history", history])
    #expect(list.standardOutput.split(separator: "\n").count == 3, "\(list.standardOutput)")
  }
}
