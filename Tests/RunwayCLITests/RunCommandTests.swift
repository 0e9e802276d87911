import Foundation
import Testing

/// `runway run`: the result JSON of the contract, what-if overrides, and
/// clear errors.
struct RunCommandTests {
  /// A report folder of the test's own, outside the repository.
  static func scratchFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("runway-\(UUID().uuidString)")
      .path
  }

  static func json(_ arguments: [String]) throws -> [String: Any] {
    let out = scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try RunwayProcess.run(["run"] + arguments + ["--json", "--out", out])
    #expect(FileManager.default.fileExists(atPath: out + "/summary.md"))
    #expect(result.status == 0, "\(result.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    return try #require(object as? [String: Any])
  }

  /// Every key of the contract (DESIGN.md, "Result JSON") is present with
  /// the run's settings.
  @Test func printsTheContractResult() throws {
    let result = try Self.json(["scenarios/walloon-package.yaml", "--paths", "2000", "--seed", "5"])
    for key in [
      "scenario", "currency", "valuationDate", "paths", "seed", "npv", "rnpv", "monteCarlo",
      "components", "cashflows",
    ] {
      #expect(result[key] != nil, "missing \(key)")
    }
    #expect(result["scenario"] as? String == "walloon-package")
    #expect(result["currency"] as? String == "EUR")
    #expect(result["paths"] as? Int == 2000)
    #expect(result["seed"] as? Int == 5)
    let monteCarlo = try #require(result["monteCarlo"] as? [String: Any])
    let percentiles = try #require(monteCarlo["percentiles"] as? [String: Double])
    #expect(Set(percentiles.keys) == ["p5", "p10", "p50", "p90", "p95"])
    let components = try #require(result["components"] as? [[String: Any]])
    #expect(
      components.map { $0["id"] as? String } == [
        "hepastem-aclf", "hepastem-nash", "rca-aclf", "rca-nash", "subsidies", "feder",
      ])
    let rca = try #require(components.first { $0["id"] as? String == "rca-aclf" })
    #expect(rca["kind"] as? String == "recoverable-advance")
    #expect(rca["liability"] != nil)
  }

  /// `--timing` gives the engine's own time, part by part, on standard
  /// error, and leaves the result as it was.
  @Test func timingPrintsEachPartOnStandardError() throws {
    let out = Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try RunwayProcess.run([
      "run", "scenarios/walloon-package.yaml", "--paths", "2048", "--threads", "1", "--timing",
      "--out", out,
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardError.split(separator: "\n").map(String.init)
    for part in ["model:", "Monte Carlo:", "tornado:", "summaries (percentiles, bridge, cash):"] {
      #expect(lines.contains { $0.hasPrefix(part) && $0.hasSuffix(" s") }, "\(lines)")
    }
    #expect(
      lines.contains { $0.hasPrefix("Monte Carlo on 1 thread: ") && $0.contains(" paths/s, ") })
    #expect(!result.standardOutput.contains("Monte Carlo on"))
  }

  /// One thread and two give the same bits in fresh processes.
  ///
  /// The contributions' regression (LAPACK, on 10,000 paths of the
  /// benchmark's twelve correlated variables) included: OpenBLAS would
  /// block its work by its own threads, which it has only while it is not
  /// told to use one.
  @Test func sameBitsOnOneThreadAndTwo() throws {
    func run(threads: Int) throws -> String {
      let out = Self.scratchFolder()
      defer { try? FileManager.default.removeItem(atPath: out) }
      let result = try RunwayProcess.run([
        "run", "scenarios/bench-portfolio.yaml", "--paths", "10000", "--threads", "\(threads)",
        "--json", "--out", out,
      ])
      #expect(result.status == 0, "\(result.standardError)")
      return result.standardOutput
    }
    let one = try run(threads: 1)
    #expect(one.contains("\"contributions\""))
    #expect(one == (try run(threads: 2)))
  }

  /// `--set` replaces a field before validation: a subsidy of 1M instead
  /// of 0.5M adds 0.5M (discounted) to the rNPV, and a misspelt path or a
  /// wrong value is an error naming the field.
  @Test func overridesAFieldByItsPath() throws {
    let arguments = ["scenarios/walloon-package.yaml", "--paths", "100"]
    let base = try Self.json(arguments)
    let changed = try Self.json(arguments + ["--set", "funding.subsidies.schedule[2].amount=1M"])
    let difference = try #require(changed["rnpv"] as? Double) - #require(base["rnpv"] as? Double)
    // 0.5M on 2018-06-30 (911 days after 2016-01-01), kept with 95 %
    // (5 % clawback three years later), at the scenario's mean rate
    // (PERT 10/12/14 %: 12 %).
    let rate = 0.12
    let expected =
      0.5e6 * (pow(1 + rate, -911 / 365) - 0.05 * pow(1 + rate, -(911 + 3 * 365) / 365))
    #expect(abs(difference - expected) < 1)

    let misspelt = try RunwayProcess.run(
      ["run", "scenarios/walloon-package.yaml", "--set", "funding.subsidy.schedule[0].amount=1M"])
    #expect(misspelt.status == 1)
    #expect(
      misspelt.standardError.contains(
        "--set funding.subsidy.schedule[0].amount: leads nowhere: funding has no field 'subsidy'"))
    let wrongValue = try RunwayProcess.run(
      ["run", "scenarios/walloon-package.yaml", "--set", "funding.rca-aclf.share=160%"])
    #expect(wrongValue.status == 1)
    #expect(wrongValue.standardError.contains("walloon-package.yaml:167:"))
    #expect(wrongValue.standardError.contains("funding.rca-aclf.share"))
  }

  @Test func rejectsAMalformedOverride() throws {
    let result = try RunwayProcess.run(["run", "scenarios/walloon-package.yaml", "--set", "paths"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("--set paths: expected PATH=VALUE"))
  }

  /// `--pdf` on a machine without Chromium: a clear message and a failure,
  /// before any valuation.
  @Test func saysWhatIsMissingWithoutChromium() throws {
    let run = try RunwayProcess.run(
      ["run", "scenarios/walloon-package.yaml", "--pdf", "--out", "/nonexistent"],
      environment: ["PATH": "/nonexistent"])
    #expect(run.status != 0)
    #expect(run.standardError.contains("--pdf needs headless Chromium"))
    #expect(run.standardError.contains("apt-get install chromium"))
  }

  /// The file's warnings reach the board summary: the Walloon package's
  /// announced €22.1M against parts that add up to €23.8M.
  @Test func theFilesWarningsAreInTheReport() throws {
    let out = Self.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try RunwayProcess.run(
      ["run", "scenarios/walloon-package.yaml", "--paths", "1000", "--out", out])
    #expect(run.status == 0)
    let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
    #expect(
      summary.contains(
        "- packages.walloon-eu.total is 22.1M but the parts add up to 23.8M (rca-aclf 7.5M + rca-nash 12M + subsidies 2.5M + feder 1.8M): a difference of 1.7M"
      ))
  }
}
