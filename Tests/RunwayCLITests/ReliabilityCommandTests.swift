import Foundation
import Testing

/// The command line's own limits and errors: the file's limits apply to
/// `--paths`, a folder Runway did not write is never touched, and every
/// error has one form.
struct ReliabilityCommandTests {
  static let scenario = "Tests/RunwayReportTests/Golden/golden.yaml"

  /// `--paths 1000000000000` died allocating 8 TB, `--paths
  /// 9223372036854775807` trapped, and `--paths -1` said "Missing value".
  @Test(arguments: [
    ("-1", "runway: error: --paths is -1; it must be positive"),
    ("1000000000000", "runway: error: --paths is 1000000000000; paths lie in 1…100000000"),
    (
      "9223372036854775807",
      "runway: error: --paths is 9223372036854775807; paths lie in 1…100000000"
    ),
  ])
  func pathsObeyTheFilesLimits(paths: String, message: String) throws {
    let out = RunCommandTests.scratchFolder()
    let run = try RunwayProcess.run(["run", Self.scenario, "--paths", paths, "--out", out])
    #expect(run.status != 0)
    #expect(run.standardError == message + "\n")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  /// The memory cap of `simulation.paths` holds for `--paths` too: 10^8
  /// paths over the golden scenario's 36 monthly periods need 10^8 × 36 × 8
  /// bytes = 27,465 MiB, over the 4,096 MiB cap.
  @Test func pathsWithinRangeButOverTheMemoryCapAreRefused() throws {
    let out = RunCommandTests.scratchFolder()
    let run = try RunwayProcess.run([
      "run", Self.scenario, "--paths", "100000000", "--set", "scenario.grid=month", "--out", out,
    ])
    #expect(run.status != 0)
    #expect(
      run.standardError.hasPrefix(
        "runway: error: --paths 100000000 paths × 36 periods need 27465 MiB for per-period statistics; the cap is 4096 MiB"
      ))
  }

  /// `--out .` deleted the working folder's files: now refused, untouched.
  @Test func aFolderOfTheUsersFilesIsNeverReplaced() throws {
    let folder = RunCommandTests.scratchFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let run = try RunwayProcess.run(["run", Self.scenario, "--paths", "100", "--out", folder])
    #expect(run.status == 1)
    #expect(
      run.standardError.hasPrefix(
        "runway: error: the report cannot be written: \(folder) is a folder of other files, not a Runway report folder"
      ))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
  }

  /// `-` reads the scenario from standard input, diagnostics naming it `-`.
  @Test func validatesStandardInput() throws {
    let text = try String(contentsOfFile: Self.scenario, encoding: .utf8)
    let valid = try RunwayProcess.run(["validate", "-"], standardInput: text)
    #expect(valid.status == 0, "\(valid.standardError)")
    let broken = text.replacingOccurrences(of: "discountRate: 10%", with: "discountRate: -30%")
    let invalid = try RunwayProcess.run(["validate", "-"], standardInput: broken)
    #expect(invalid.status == 1)
    #expect(
      invalid.standardError
        == "-:7:17: error: scenario.discountRate is -0.3; a rate must lie in -20%…1000%\n")
  }

  /// A device that never ends is refused after 4 MiB, not read for ever.
  @Test func aFileThatNeverEndsIsRefused() throws {
    let run = try RunwayProcess.run(["validate", "/dev/zero"])
    #expect(run.status == 1)
    #expect(
      run.standardError
        == "/dev/zero:1:1: error: is larger than 4 MiB, the most a scenario file holds\n")
  }

  /// The argument parser's errors take Runway's form, not "Error: …" and
  /// a usage block.
  @Test func optionErrorsHaveRunwaysForm() throws {
    let run = try RunwayProcess.run(["run", Self.scenario, "--paths", "abc"])
    #expect(run.status == 64)
    #expect(
      run.standardError == "runway: error: The value 'abc' is invalid for '--paths <paths>'\n")
  }
}
