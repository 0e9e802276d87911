import Foundation
import RunwayHistory

/// A recorded run run again: its stored scenario texts written to a
/// temporary folder, its command line replayed on them by this binary,
/// recorded in the same history.
struct RunReplay {
  let recorded: RecordedRun
  let history: String
  let out: String?

  /// Options that would write elsewhere or print otherwise, with the
  /// number of values each takes.
  static let dropped = ["--out": 1, "--history": 1, "--no-history": 0, "--json": 0, "--pdf": 0]

  init(_ recorded: RecordedRun, history: String, out: String?) {
    self.recorded = recorded
    self.history = history
    self.out = out
  }

  /// Runs it; returns the new run's record.
  func run() throws -> RecordedRun {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-rerun-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String: String] = [:]
    for (index, file) in recorded.files.enumerated() {
      let copy = folder.appendingPathComponent("\(index)")
      try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
      let path = copy.appendingPathComponent((file.path as NSString).lastPathComponent).path
      try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
      paths[file.path] = path
    }
    var arguments: [String] = []
    var skip = 0
    for argument in recorded.arguments {
      if skip > 0 {
        skip -= 1
        continue
      }
      let name = String(argument.split(separator: "=", maxSplits: 1)[0])
      if let values = Self.dropped[name] {
        skip = argument.contains("=") ? 0 : values
        continue
      }
      arguments.append(paths[argument] ?? argument)
    }
    let report = out ?? folder.appendingPathComponent("report").path
    let child = Process()
    child.executableURL = Bundle.main.executableURL
    child.arguments = [recorded.command] + arguments + ["--out", report, "--history", history]
    let errors = Pipe()
    child.standardOutput = FileHandle.nullDevice
    child.standardError = errors
    try child.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    child.waitUntilExit()
    guard child.terminationStatus == 0 else {
      throw CommandLineError("the rerun failed:\n\(message)")
    }
    guard let line = message.split(separator: "\n").last(where: { $0.hasPrefix("history: run ") }),
      let id = Int64(line.split(separator: " ")[2]),
      let again = try RunHistory(path: history).run(id)
    else {
      throw CommandLineError("the rerun was not recorded in \(history):\n\(message)")
    }
    return again
  }
}
