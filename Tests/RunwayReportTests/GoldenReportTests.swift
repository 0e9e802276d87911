import Foundation
import RunwayEngine
import RunwayReport
import RunwayScenarioFile
import Testing

/// `summary.md` and the CSV files of a small fixed scenario, compared with
/// committed files whose figures were checked by hand.
///
/// Nothing in the scenario is uncertain, so every path has the same value
/// and every statistic is a hand figure. At 10 %, valued on 2021-01-01:
/// - `project`: −1M on day 0 and +1.331M on 2023-01-01 (day 730):
///   NPV = −1M + 1.331M × 1.1⁻² = 100,000.
/// - `bank`: a 500k bullet loan at 5 % for a year: +500k on day 0, −525k
///   on day 365: NPV = 500k − 525k / 1.1 = 22,727.27. A loan is
///   financing: it is in the cash, not in the value.
/// - Enterprise value 100,000 (the project alone); the Monte Carlo mean,
///   P5…P95 and the worst-5 % mean equal it, the standard error is 0 and
///   no path loses. Equity value: 100,000 + the starting cash of 1M =
///   1.1M.
/// - Flows by year: 2021 −1M + 500k = −500,000; 2022 −525,000; 2023
///   +1,331,000. From a starting cash of 1M, cash ends the years at
///   500,000, −25,000 and 1,306,000: the peak funding need is 25,000 and
///   cash is below zero by the end of 2022.
/// - IRR of the value flows (the loan left out), −1M and +1.331M two
///   years apart: (1 + r)² = 1.331, r = √1.331 − 1 = 15.37 %.
struct GoldenReportTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func result() throws -> ValuationResult {
    let scenario = try ScenarioFile.load(
      path: Self.golden.appendingPathComponent("golden.yaml").path
    )
    .get().scenario
    return try Valuation.run(scenario, options: Valuation.Options(paths: 1_000, threads: 2))
  }

  static func files() throws -> [String: String] {
    let result = try result()
    let provenance = Provenance(
      scenarioFile: "golden.yaml", sha256: "0123abcd", overrides: ["scenario.discountRate=10%"],
      runwayVersion: "test", date: "2026-01-01T00:00:00Z")
    return [
      "summary.md": SummaryMarkdown.text(result, provenance: provenance),
      "cashflows.csv": ReportCSV.cashflows(result).text,
      "percentiles.csv": ReportCSV.percentiles(result).text,
      "components.csv": ReportCSV.components(result).text,
    ]
  }

  /// With `RUNWAY_RECORD_GOLDEN=1` the files are written anew (and the
  /// test fails, so that a recording is never mistaken for a pass): check
  /// the figures of the diff by hand before committing them.
  @Test(arguments: ["summary.md", "cashflows.csv", "percentiles.csv", "components.csv"])
  func matchesTheHandCheckedFile(name: String) throws {
    let written = try #require(try Self.files()[name])
    let url = Self.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RUNWAY_RECORD_GOLDEN"] == "1" {
      try Data(written.utf8).write(to: url)
      Issue.record("recorded \(name): review the diff, then run again without RUNWAY_RECORD_GOLDEN")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(written == expected)
  }

  @Test func theIRRIsTheHandRootOfTheValueFlows() throws {
    let irr = try Self.result().irr
    let root = 1.331.squareRoot() - 1
    #expect(abs(try #require(irr.unrisked) - root) < 1e-9)
    #expect(irr.unriskedRoots.count == 1)
    #expect(abs(root - 0.1537) < 1e-4)
  }
}
