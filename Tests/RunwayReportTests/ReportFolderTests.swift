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
    let scenario = try ScenarioFile.parse(Self.scenario, file: "milestone.yaml").get().scenario
    return try Valuation.run(scenario, options: Valuation.Options(paths: 2_000, threads: 2))
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
        "cashflows.csv", "components.csv", "percentiles.csv", "report.html", "result.json",
        "summary.md",
      ])
    let summary = try String(
      contentsOf: target.appendingPathComponent("summary.md"), encoding: .utf8)
    #expect(summary.contains("| NPV (unrisked) | 9.09M |"))
    #expect(summary.contains("| rNPV (analytic) | 3.64M |"))
    #expect(summary.contains("| success | fixed(value 0.4) | 0.4 | assumption, for the test |"))
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
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: target.appendingPathComponent("stale.txt"))
    try ReportFolder.write(try Self.result(), provenance: Self.provenance, to: target)
    let names = try FileManager.default.contentsOfDirectory(atPath: target.path)
    #expect(!names.contains("stale.txt"))
    #expect(names.contains("summary.md"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["milestone"])
  }

  @Test func quotesFieldsAsRFC4180() {
    var table = CSVTable(header: ["a", "b"])
    table.append(["plain", "say \"hi\", then\nleave"])
    #expect(table.text == "a,b\r\nplain,\"say \"\"hi\"\", then\nleave\"\r\n")
  }
}
