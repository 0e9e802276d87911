import Foundation
import RunwayEngine
import RunwayReport
import RunwayScenarioFile
import Testing

/// The report folder: complete files, figures checked by hand, CSV that
/// quotes correctly, and a replacement that never leaves half a report.
struct ReportFolderTests {
  /// One phase of one year with probability 40 %, then 10M on approval
  /// (2022-01-01, day 365) at 10 %: NPV = 10M/1.1 = 9.09M, rNPV = 0.4 ×
  /// 9.09M = 3.64M; the analytic expected flow of 2022 is 0.4 × 10M = 4M.
  static let scenario = """
    scenario:
      id: milestone
      name: One milestone
      valuationDate: 2021-01-01
      currency: EUR
      horizon: 2023
      discountRate: 10%
    variables:
      success: {distribution: fixed, value: 40%, source: "assumption, for the test"}
    programs:
      drug:
        name: Drug
        phases:
          - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, successProbability: $success}
    deals:
      licensee:
        kind: out-licence
        counterparty: "Licensee, Inc."
        program: drug
        milestones:
          - {event: approval, amount: 10M}
    """

  static let provenance = Provenance(
    scenarioFile: "milestone.yaml", sha256: "abc", overrides: [], runwayVersion: "test",
    date: "2026-01-01T00:00:00Z")

  static func result() throws -> ValuationResult {
    try Valuing.run(Self.scenario, file: "milestone.yaml", paths: 2_000)
  }

  static func folder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("runway-\(UUID().uuidString)")
  }

  @Test func writesEveryFileWithHandCheckedFigures() throws {
    let parent = Self.folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let target = parent.appendingPathComponent("milestone")
    try ReportFolder.write(try Self.result(), provenance: Self.provenance, to: target)
    let names = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
    #expect(
      names == [
        ".runway-report", "cashflows.csv", "components.csv", "percentiles.csv", "report.html",
        "result.json", "summary.md",
      ])
    let summary = try String(
      contentsOf: target.appendingPathComponent("summary.md"), encoding: .utf8)
    #expect(summary.contains("| NPV (unrisked: every phase succeeds) | 9.09M |"))
    #expect(summary.contains("| rNPV (analytic) | 3.64M |"))
    #expect(
      summary.contains("| Success | 40.0% | 40.0% | assumption, for the test | variables.success |")
    )
    let cashflows = try String(
      contentsOf: target.appendingPathComponent("cashflows.csv"), encoding: .utf8)
    let rows = cashflows.components(separatedBy: "\r\n")
    #expect(rows[0].hasPrefix("period,start,end,expected,p10,p90,analytic,"))
    #expect(rows[2].hasPrefix("2022,2022-01-01,2022-12-31,"))
    #expect(rows[2].split(separator: ",")[6] == "4000000.00")  // analytic: 0.4 × 10M
    let components = try String(
      contentsOf: target.appendingPathComponent("components.csv"), encoding: .utf8)
    // The counterparty's name holds a comma: the field is quoted.
    #expect(
      components.contains(
        "licensee,\"Licensee, Inc. (out-licence)\",out-licence,\"Licensee, Inc.\","))
    // Nothing is left beside the report.
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["milestone"])
  }

  @Test func replacesAnEarlierReportWhole() throws {
    let parent = Self.folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let target = parent.appendingPathComponent("milestone")
    let result = try Self.result()
    try ReportFolder.write(result, provenance: Self.provenance, to: target)
    try Data("old".utf8).write(to: target.appendingPathComponent("stale.txt"))
    try ReportFolder.write(result, provenance: Self.provenance, to: target)
    let names = try FileManager.default.contentsOfDirectory(atPath: target.path)
    #expect(!names.contains("stale.txt"))
    #expect(names.contains("summary.md"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["milestone"])
  }

  /// A report of Runway 0.1 (no marker, only its own files) is replaced;
  /// one file more, or a `summary.md` alone, and it is the user's.
  @Test func replacesAReportWrittenBeforeTheMarker() throws {
    let parent = Self.folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let manager = FileManager.default
    let result = try Self.result()
    func folder(_ name: String, files: [String]) throws -> URL {
      let folder = parent.appendingPathComponent(name)
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
      for file in files { try Data("old".utf8).write(to: folder.appendingPathComponent(file)) }
      return folder
    }
    let earlier = try folder("earlier", files: ["summary.md", "result.json", "report.html"])
    try ReportFolder.write(result, provenance: Self.provenance, to: earlier)
    #expect(manager.fileExists(atPath: earlier.appendingPathComponent(ReportFolder.marker).path))
    for files in [["summary.md", "result.json", "notes.txt"], ["summary.md"]] {
      let mine = try folder("mine-\(files.count)", files: files)
      #expect(throws: ReportFolderError.self) {
        try ReportFolder.write(result, provenance: Self.provenance, to: mine)
      }
      #expect(try manager.contentsOfDirectory(atPath: mine.path).sorted() == files.sorted())
    }
  }

  /// `--out .` or `--out ~/Documents` once deleted the folder's files: a
  /// folder Runway did not write is refused, and nothing in it changes.
  @Test func neverReplacesWhatRunwayDidNotWrite() throws {
    let parent = Self.folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let manager = FileManager.default
    let documents = parent.appendingPathComponent("documents")
    try manager.createDirectory(at: documents, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: documents.appendingPathComponent("notes.txt"))
    let file = parent.appendingPathComponent("notes.txt")
    try Data("mine".utf8).write(to: file)
    let link = parent.appendingPathComponent("link")
    try manager.createSymbolicLink(at: link, withDestinationURL: documents)
    let result = try Self.result()
    let refusals: [(URL, String)] = [
      (documents, "a folder of other files"), (file, "a file"), (link, "a symbolic link"),
    ]
    for (target, what) in refusals {
      #expect(throws: ReportFolderError.notReplaceable(target.path, what: what)) {
        try ReportFolder.write(result, provenance: Self.provenance, to: target)
      }
    }
    #expect(
      throws: ReportFolderError.notReplaceable(
        "/dev/null", what: "a device or another special file")
    ) {
      try ReportFolder.write(
        result, provenance: Self.provenance, to: URL(fileURLWithPath: "/dev/null"))
    }
    #expect(throws: ReportFolderError.unusableName("/")) {
      try ReportFolder.write(result, provenance: Self.provenance, to: URL(fileURLWithPath: "/"))
    }
    #expect(try manager.contentsOfDirectory(atPath: documents.path) == ["notes.txt"])
    #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == documents.path)
    // Nothing was staged or left beside them.
    #expect(
      try manager.contentsOfDirectory(atPath: parent.path).sorted() == [
        "documents", "link", "notes.txt",
      ])
  }

  /// A run killed mid-write leaves its hidden staging folder; the next
  /// write to the same target removes it, but not one whose process lives.
  @Test func removesTheStagingFoldersOfKilledRuns() throws {
    let parent = Self.folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let manager = FileManager.default
    // A process id above Linux's maximum (2^22) belongs to no process.
    let abandoned = parent.appendingPathComponent(".milestone.runway-9999999-A")
    let live = parent.appendingPathComponent(".milestone.runway-\(getpid())-B")
    for folder in [abandoned, live] {
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data().write(to: folder.appendingPathComponent(ReportFolder.marker))
      try Data("half".utf8).write(to: folder.appendingPathComponent("summary.md"))
    }
    try ReportFolder.write(
      try Self.result(), provenance: Self.provenance, to: parent.appendingPathComponent("milestone")
    )
    #expect(
      try manager.contentsOfDirectory(atPath: parent.path).sorted() == [
        ".milestone.runway-\(getpid())-B", "milestone",
      ])
  }

  /// While one writer replaces a report again and again, a reader never
  /// finds the target missing or without its summary: the exchange is atomic.
  @Test func aReaderAlwaysFindsAWholeReport() async throws {
    let parent = Self.folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let target = parent.appendingPathComponent("milestone")
    let result = try Self.result()
    try ReportFolder.write(result, provenance: Self.provenance, to: target)
    let summary = target.appendingPathComponent("summary.md").path
    let writer = Task.detached {
      for _ in 0..<30 { try ReportFolder.write(result, provenance: Self.provenance, to: target) }
    }
    let reader = Task.detached { () -> (checks: Int, missing: Int) in
      var counts = (checks: 0, missing: 0)
      while !Task.isCancelled {
        if !FileManager.default.fileExists(atPath: summary) { counts.missing += 1 }
        counts.checks += 1
      }
      return counts
    }
    try await writer.value
    reader.cancel()
    let (checks, missing) = await reader.value
    #expect(checks > 0)
    #expect(missing == 0)
  }

  @Test func quotesFieldsAsRFC4180() {
    var table = CSVTable(header: ["a", "b"])
    table.append(["plain", "say \"hi\", then\nleave"])
    #expect(table.text == "a,b\r\nplain,\"say \"\"hi\"\", then\nleave\"\r\n")
  }
}
