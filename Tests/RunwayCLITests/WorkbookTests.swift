import Foundation
import RunwayReport
import Testing

/// The audit workbook, `report.xlsx`, recomputes Runway's figures:
/// LibreOffice recalculates every formula and `Workbook/check_workbook.py`
/// compares each with `result.json`, to a relative 1e-9, after openpyxl
/// has read the file strictly.
///
/// Runs where LibreOffice and openpyxl are installed, and always in CI,
/// where `.ci/run` sets `RUNWAY_RENDER_TESTS=1`.
@Suite(.enabled(if: WorkbookTools.present))
struct WorkbookTests {
  /// Runs `runway run` on `scenario` into a new folder, then the checker on
  /// its report; returns the checker's run.
  static func check(_ scenario: String, arguments: [String] = []) throws -> RunwayProcess.Output {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-workbook-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try RunwayProcess.run(["run", scenario, "--out", folder.path] + arguments)
    #expect(run.status == 0, "\(run.standardError)")
    return try RunwayProcess.run(
      ["python3", WorkbookTools.checker.path, folder.path],
      executable: URL(fileURLWithPath: "/usr/bin/env"))
  }

  /// Every example scenario, the flagship's 25 components and those that
  /// value a deal as their subject among them: every component's NPV and
  /// rNPV, each flow's factor and present value, the bridge, the headline
  /// figures, and the listed paths' mean.
  @Test(arguments: try RunwayProcess.scenarioFiles())
  func everyScenariosWorkbookRecomputesItsFigures(_ scenario: String) throws {
    let check = try Self.check(scenario, arguments: ["--paths", "2000"])
    #expect(check.status == 0, "\(scenario): \(check.standardOutput)\(check.standardError)")
    #expect(check.standardOutput.hasPrefix("checked "))
  }

  /// Microsoft's XNPV example, recalculated in the workbook.
  ///
  /// 9 %, −10,000 on 2008-01-01, then 2,750, 4,250, 3,250 and 2,750 on
  /// 2008-03-01, 2008-10-30, 2009-02-15 and 2009-04-01: the workbook's
  /// XNPV formula, recalculated, gives the published 2,086.65
  /// (2,086.647602), as Runway does. A name that would read as a formula
  /// stays text.
  @Test func theWorkbooksXNPVGivesMicrosoftsExample() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-xnpv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("xnpv.yaml")
    let fixture = RunwayProcess.repository.appendingPathComponent(
      "Tests/Fixtures/microsoft-xnpv.yaml")
    try String(contentsOf: fixture, encoding: .utf8)
      .replacingOccurrences(
        of: "name: XNPV example", with: "name: \"=HYPERLINK(\\\"http://example.com\\\")\""
      )
      .write(to: scenario, atomically: true, encoding: .utf8)
    let report = folder.appendingPathComponent("report")
    let run = try RunwayProcess.run(["run", scenario.path, "--paths", "100", "--out", report.path])
    #expect(run.status == 0, "\(run.standardError)")
    let result =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: report.appendingPathComponent("result.json"))) as? [String: Any]
    #expect(abs((result?["npv"] as? Double ?? 0) - 2_086.647_602_44) < 1e-6)
    let check = try RunwayProcess.run(
      ["python3", WorkbookTools.checker.path, report.path],
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    // Both XNPV cells (unrisked and expected) were compared, and the ten
    // flows' rate is the Assumptions sheet's scenario.discountRate.
    #expect(
      check.standardOutput.contains("(2 by XNPV; 10 of 10 rates read from Assumptions)"),
      "\(check.standardOutput)")
  }
}

/// `--no-xlsx` leaves the workbook out; without it, the folder has one,
/// even for a scenario with nothing to value.
struct WorkbookOptionTests {
  @Test func aScenarioWithNothingToValueHasAWorkbook() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-empty-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = folder.appendingPathComponent("report")
    let run = try RunwayProcess.run(
      ["run", "Tests/Fixtures/nothing-to-value.yaml", "--paths", "100", "--out", report.path])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(
      FileManager.default.fileExists(atPath: report.appendingPathComponent("report.xlsx").path))
  }

  @Test func noXlsxLeavesTheWorkbookOut() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-noxlsx-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = "Tests/RunwayReportTests/Golden/golden.yaml"
    let with = folder.appendingPathComponent("with")
    let without = folder.appendingPathComponent("without")
    #expect(
      try RunwayProcess.run(["run", scenario, "--paths", "100", "--out", with.path]).status == 0)
    #expect(
      try RunwayProcess.run(["run", scenario, "--paths", "100", "--no-xlsx", "--out", without.path])
        .status == 0)
    let manager = FileManager.default
    #expect(manager.fileExists(atPath: with.appendingPathComponent("report.xlsx").path))
    #expect(!manager.fileExists(atPath: without.appendingPathComponent("report.xlsx").path))
    #expect(manager.fileExists(atPath: without.appendingPathComponent("result.json").path))
  }
}

/// LibreOffice and openpyxl, or the CI's demand for them.
enum WorkbookTools {
  static var present: Bool {
    if ProcessInfo.processInfo.environment["RUNWAY_RENDER_TESTS"] == "1" { return true }
    guard ExecutableLookup.first(of: ["soffice"]) != nil,
      let python = try? RunwayProcess.run(
        ["python3", "-c", "import openpyxl"], executable: URL(fileURLWithPath: "/usr/bin/env"))
    else { return false }
    return python.status == 0
  }

  static let checker = RunwayProcess.repository
    .appendingPathComponent("Tests/RunwayCLITests/Workbook/check_workbook.py")
}
