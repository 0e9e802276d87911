import Foundation
import Testing

/// `runway compare`: files and variants side by side on common random
/// numbers, with the combined report.
struct CompareCommandTests {
  /// Files and a variant, each against the first.
  ///
  /// The variant pays a subsidy of 1M instead of 0.5M on 2018-06-30 (911
  /// days), 5 % of which is clawed back three years later, at the
  /// scenario's mean rate of 12 % (PERT 10/12/14): Δ rNPV =
  /// 0.5M × (1.12^(−911/365) − 0.05 × 1.12^(−2006/365)), the figure
  /// RunCommandTests checks for `--set`. A second file, the same scenario,
  /// differs by nothing at all.
  @Test func comparesFilesAndVariants() throws {
    let out = RunCommandTests.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try RunwayProcess.run([
      "compare", "scenarios/walloon-package.yaml", "scenarios/walloon-package.yaml",
      "--variant", "bigger subsidy: funding.subsidies.schedule[2].amount=1M", "--paths", "2000",
      "--json", "--out", out,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
    let comparison = try #require(object as? [String: Any])
    let entries = try #require(comparison["entries"] as? [[String: Any]])
    #expect(
      entries.map { $0["label"] as? String } == [
        "walloon-package", "walloon-package", "bigger subsidy",
      ])
    let same = try #require(entries[1]["difference"] as? [String: Double])
    #expect(same["mean"] == 0 && same["standardError"] == 0)
    let bigger = try #require(entries[2]["difference"] as? [String: Double])
    let expected = 0.5e6 * (pow(1.12, -911.0 / 365) - 0.05 * pow(1.12, -2006.0 / 365))
    #expect(abs(try #require(bigger["rnpv"]) - expected) < 1)
    // The Monte Carlo difference is within three of its (paired) standard
    // errors of the analytic one, which is far below the independent one.
    let error = try #require(bigger["standardError"])
    #expect(abs(try #require(bigger["mean"]) - expected) < 3 * error + 1)
    let independent = try #require(bigger["independentStandardError"])
    #expect(error < independent / 10)
    for name in ["summary.md", "report.html", "comparison.csv", "comparison.json"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
    }
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(html.components(separatedBy: "<polyline").count - 1 == 3)
  }

  /// Two term sheets of LifeLiver's Korean NASH licence: the second adds a
  /// 2M upfront, which moves our rNPV by exactly 2M (paid at signing, on
  /// the valuation date) and LifeLiver's by −2M, and appears as our
  /// upfront; a label may hold a colon.
  @Test func comparesADealFromBothSidesByPaymentType() throws {
    let out = RunCommandTests.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try RunwayProcess.run([
      "compare", "scenarios/lifeliver-korea.yaml", "--variant",
      "Term sheet: v2: deals.nash-licence.upfront=2M", "--deal", "nash-licence",
      "--paths", "1000", "--json", "--out", out,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
    let entries = try #require((object as? [String: Any])?["entries"] as? [[String: Any]])
    #expect(entries.map { $0["label"] as? String } == ["lifeliver-korea", "Term sheet: v2"])
    let deals = try entries.map { try #require($0["deal"] as? [String: Any]) }
    let ours = try deals.map { try #require($0["rnpv"] as? Double) }
    let theirs = try deals.map { try #require($0["counterpartyRNPV"] as? Double) }
    #expect(abs(ours[1] - ours[0] - 2e6) < 1e-3)
    #expect(abs(theirs[1] - theirs[0] + 2e6) < 1e-3)
    let types = try #require(deals[1]["paymentTypes"] as? [String: Double])
    #expect(types["upfront"] == 2e6)
    let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
    #expect(summary.contains("## The deal"))
    #expect(summary.contains("| Term sheet: v2 | €"))
  }

  @Test func needsTwoScenarios() throws {
    let run = try RunwayProcess.run(["compare", "scenarios/walloon-package.yaml"])
    #expect(run.status != 0)
    #expect(run.standardError.contains("give two scenario files, or one and a --variant"))
  }
}
