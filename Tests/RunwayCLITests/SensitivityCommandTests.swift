import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `runway sensitivity`: the report folder, with figures known by hand.
struct SensitivityCommandTests {
  /// X ~ uniform(1M, 3M) on 2022-01-01 (factor 1/1.1) and
  /// Y ~ normal(0, 1M) on the valuation date: the tornado's bars are
  /// Y (2 × 1.2815516M = 2,563,103.2) and X (1.6M/1.1 = 1,454,545.45);
  /// Var(NPV) = (2M²/12)/1.21 + 1M² (in M²: 0.27548 + 1), so Y's share of
  /// the variance is 1/1.27548 = 0.784 and X's 0.216.
  static let scenario = """
    scenario:
      id: two-flows
      name: Two flows
      valuationDate: 2021-01-01
      currency: EUR
      horizon: 2025
      discountRate: 10%
    deals:
      project:
        kind: cash-flows
        counterparty: C
        flows:
          - {date: 2022-01-01, amount: {distribution: uniform, min: 1M, max: 3M}}
          - {date: 2021-01-01, amount: {distribution: normal, mean: 0, sd: 1M}}
    """

  @Test func writesTheTornadoTheGlobalMeasuresAndSobol() throws {
    let folder = URL(fileURLWithPath: RunCommandTests.scratchFolder())
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("two-flows.yaml")
    try Self.scenario.write(to: file, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("report")
    let run = try RunwayProcess.run([
      "sensitivity", file.path, "--paths", "8192", "--sobol", "4000", "--out", out.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("One input at a time"))
    func csv(_ name: String) throws -> [[String]] {
      try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        .split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
    }
    let tornado = try csv("tornado.csv")
    #expect(
      tornado.map { $0[0] } == [
        "input", "deals.project.flows[1].amount", "deals.project.flows[0].amount",
      ])
    #expect(abs(try #require(Double(tornado[1][5])) - 2_563_103.2) < 1)
    #expect(tornado[2][5] == "1454545.45")
    let global = try csv("global.csv")
    #expect(global[1][0] == "deals.project.flows[1].amount")
    #expect(abs(try #require(Double(global[1][3])) - 1 / 1.27548) < 0.02)
    #expect(abs(try #require(Double(global[2][3])) - 0.27548 / 1.27548) < 0.02)
    let sobol = try csv("sobol.csv")
    #expect(sobol[1][0] == "deals.project.flows[1].amount")
    #expect(abs(try #require(Double(sobol[1][1])) - 1 / 1.27548) < 0.05)
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("What drives the rNPV"))
    #expect(XMLParser(data: Data(html.utf8)).parse())
    for name in ["summary.md", "sensitivity.json"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path))
    }
  }

  /// A scenario with nothing uncertain has nothing to take apart: a clear
  /// error, not a crash or a table of NaNs.
  @Test func aCertainScenarioHasNothingToExplain() throws {
    let out = RunCommandTests.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try RunwayProcess.run([
      "sensitivity", "Tests/RunwayReportTests/Golden/golden.yaml", "--paths", "100", "--out", out,
    ])
    #expect(run.status == 1)
    #expect(
      run.standardError.contains(
        "runway: error: Tests/RunwayReportTests/Golden/golden.yaml: the NPV is the same on every path"
      ))
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
