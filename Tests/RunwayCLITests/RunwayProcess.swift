import Foundation

/// Runs the built `runway` binary, as a user would.
enum RunwayProcess {
  struct Output {
    let status: Int32
    let standardOutput: String
    let standardError: String
  }

  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `runway` executable, built beside the test bundle (in the bundle's
  /// folder or the one above it, depending on how the tests are launched).
  static var executable: URL {
    let bundle = Bundle.main.bundleURL
    let candidates = [bundle, bundle.deletingLastPathComponent()].map {
      $0.appendingPathComponent("runway")
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[0]
  }

  static func run(
    _ arguments: [String], executable: URL = executable, in directory: URL = repository,
    environment: [String: String]? = nil, standardInput: String? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    // Runs record in the tests' own history, never in the user's.
    var variables = environment ?? ProcessInfo.processInfo.environment
    variables["RUNWAY_HISTORY"] = variables["RUNWAY_HISTORY"] ?? testHistory
    process.environment = variables
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let input = Pipe()
    if standardInput != nil { process.standardInput = input }
    try process.run()
    if let standardInput {
      input.fileHandleForWriting.write(Data(standardInput.utf8))
      try input.fileHandleForWriting.close()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// The history the tests' runs record in, unless a test names another.
  static let testHistory = FileManager.default.temporaryDirectory
    .appendingPathComponent("runway-tests-\(ProcessInfo.processInfo.processIdentifier).sqlite").path

  /// The scenario files under `scenarios/`.
  static func scenarioFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: repository.appendingPathComponent("scenarios").path
    )
    .filter { $0.hasSuffix(".yaml") }.sorted().map { "scenarios/\($0)" }
  }
}
