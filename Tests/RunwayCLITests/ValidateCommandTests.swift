import Foundation
import Testing

struct ValidateCommandTests {
  @Test func everyScenarioValidates() throws {
    let files = try RunwayProcess.scenarioFiles()
    #expect(!files.isEmpty)
    let result = try RunwayProcess.run(["validate"] + files)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardError.contains(": error:"))
  }

  @Test func theWalloonPackageRaisesTheReconciliationWarning() throws {
    let result = try RunwayProcess.run(["validate", "scenarios/walloon-package.yaml"])
    #expect(result.status == 0)
    // €22.1M announced; €19.5M of RCAs + €2.5M + €1.8M = €23.8M.
    #expect(
      result.standardError.contains(
        "warning: packages.walloon-eu.total is 22.1M but the parts add up to 23.8M"))
  }

  @Test func errorsGoToStandardErrorWithTheirPlaceAndAFailingStatus() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bad.yaml")
    try "scenario:\n  id: x\n  nmae: X\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try RunwayProcess.run(["validate", file.path])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "\(file.path):3:3: error: scenario.nmae is not a key of scenario (did you mean 'name'?); expected one of id, name, valuationDate, currency, grid, horizon, discountRate, timing, fx, simulation, startingCash, question, subject, sharesOutstanding, tax"
      ))
    #expect(
      lines.contains("\(file.path):2:3: error: scenario.name is required (human-readable name)"))
  }

  @Test func aMissingFileIsAnErrorNotACrash() throws {
    let result = try RunwayProcess.run(["validate", "no/such/file.yaml"])
    #expect(result.status == 1)
    #expect(result.standardError == "no/such/file.yaml:1:1: error: cannot be read: no such file\n")
  }

  /// The engine's warnings are located too: aid stacked above a
  /// programme's 2021 costs (60 % + 30 % + 0.5M of 2M) is said at the
  /// programme's line.
  @Test func aidAboveTheCostsIsWarnedAtTheProgrammesLine() throws {
    let file = RunCommandTests.scratchFolder() + ".yaml"
    defer { try? FileManager.default.removeItem(atPath: file) }
    try """
    scenario: {id: aid, name: Aid, valuationDate: 2021-01-01, currency: EUR, horizon: 2024, discountRate: 10%}
    programs:
      drug:
        name: Drug
        phases: [{name: Phase 2, start: 2021-01-01, duration: 1, cost: 2M, successProbability: 50%}]
    funding:
      rca: {kind: recoverable-advance, program: drug, share: 60%, lag: 0}
      feder: {kind: erdf, program: drug, intensity: 30%, euShare: 40%, claimLag: 0}
      grant: {kind: subsidy, program: drug, schedule: [{date: 2021-06-30, amount: 0.5M}]}
    """.write(toFile: file, atomically: true, encoding: .utf8)
    let run = try RunwayProcess.run(["validate", file])
    #expect(run.status == 0)
    #expect(
      run.standardError.contains(
        "\(file):4:5: warning: programs.drug receives public aid above its costs on the plan in 2021: 2.3M"
      ), "\(run.standardError)")
  }
}
