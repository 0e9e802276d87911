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

  static func result(_ file: String = "golden.yaml") throws -> ValuationResult {
    let scenario = try ScenarioFile.load(path: Self.golden.appendingPathComponent(file).path)
      .get().scenario
    return try Valuation.run(scenario, options: Valuation.Options(paths: 1_000, threads: 2))
  }

  /// The golden files, and those of `uncertain.yaml`, whose figures are
  /// drawn (seed 42, 1,000 paths): its summary and its report's outline.
  ///
  /// `uncertain.yaml` by hand: a 1M Phase 2 over 2021 (booked at the
  /// year's end) that succeeds with 40 % and earns a milestone uniform on
  /// 8M…12M (mean 10M) on approval at the end of 2021. rNPV = (0.4 × 10M
  /// − 1M) / 1.1 = 2.73M; unrisked (10M − 1M) / 1.1 = 8.18M; 60 % of
  /// paths lose 1M / 1.1 = 909k, so the P10 and P50 are −909k; the P90 is
  /// the successes' 75th percentile, (11M − 1M) / 1.1 = 9.09M, sampled.
  /// The milestone's P10 and P90 are 8.4M and 11.6M.
  static func files() throws -> [String: String] {
    let result = try result()
    let provenance = Provenance(
      scenarioFile: "golden.yaml", sha256: "0123abcd", overrides: ["scenario.discountRate=10%"],
      runwayVersion: "test", date: "2026-01-01T00:00:00Z")
    let uncertain = try Self.result("uncertain.yaml")
    return [
      "summary.md": SummaryMarkdown.text(result, provenance: provenance),
      "cashflows.csv": ReportCSV.cashflows(result).text,
      "percentiles.csv": ReportCSV.percentiles(result).text,
      "components.csv": ReportCSV.components(result).text,
      "uncertain-summary.md": SummaryMarkdown.text(uncertain, provenance: provenance),
      "uncertain-outline.txt": try outline(ReportHTML.text(uncertain, provenance: provenance)),
    ]
  }

  /// The report's structure, a line each: its headings, each table's
  /// header, each chart's title, each caption.
  static func outline(_ html: String) throws -> String {
    let page = try #require(XMLElements(html))
    var lines: [String] = []
    var header: [String] = []
    for element in page.all {
      if element.name != "th", !header.isEmpty {
        lines.append("table: " + header.joined(separator: " | "))
        header = []
      }
      switch element.name {
      case "h1", "h2": lines.append("\(element.name): \(element.text)")
      case "th": header.append(element.text)
      case "title": lines.append(lines.isEmpty ? "page: \(element.text)" : "chart: \(element.text)")
      case "figcaption": lines.append("caption: \(element.text)")
      default: break
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The first line where `written` and `expected` differ, with both.
  static func difference(_ written: String, _ expected: String) -> String? {
    let new = written.components(separatedBy: "\n")
    let old = expected.components(separatedBy: "\n")
    guard
      let line = (0..<max(new.count, old.count)).first(where: { index in
        new.indices.contains(index) != old.indices.contains(index) || new[index] != old[index]
      })
    else { return nil }
    let show = { (lines: [String]) in lines.indices.contains(line) ? lines[line] : "(no line)" }
    return "line \(line + 1):\n  committed: \(show(old))\n  written:   \(show(new))"
  }

  /// With `RUNWAY_RECORD_GOLDEN=1` the files are written anew (and the
  /// test fails, so that a recording is never mistaken for a pass): check
  /// the figures of the diff by hand before committing them.
  @Test(arguments: [
    "summary.md", "cashflows.csv", "percentiles.csv", "components.csv", "uncertain-summary.md",
    "uncertain-outline.txt",
  ])
  func matchesTheHandCheckedFile(name: String) throws {
    let written = try #require(try Self.files()[name])
    let url = Self.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RUNWAY_RECORD_GOLDEN"] == "1" {
      try Data(written.utf8).write(to: url)
      Issue.record("recorded \(name): review the diff, then run again without RUNWAY_RECORD_GOLDEN")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let difference = Self.difference(written, expected)
    #expect(difference == nil, "\(name) differs at \(difference ?? "")")
  }

  @Test func theIRRIsTheHandRootOfTheValueFlows() throws {
    let irr = try Self.result().irr
    let root = 1.331.squareRoot() - 1
    #expect(abs(try #require(irr.unrisked) - root) < 1e-9)
    #expect(irr.unriskedRoots.count == 1)
    #expect(abs(root - 0.1537) < 1e-4)
  }
}
