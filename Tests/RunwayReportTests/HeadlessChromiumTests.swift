import Foundation
import Testing

@testable import RunwayReport

/// Chromium is stopped when it hangs, and keeps its sandbox unless Runway
/// runs as root; both checked with a stand-in script, not a browser.
struct HeadlessChromiumTests {
  /// A shell script at a fresh path that runs `body`.
  static func script(_ body: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-chromium-\(UUID().uuidString).sh")
    try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    return url
  }

  /// `--pdf` once waited for ever on a Chromium that hung.
  @Test func aHangingBrowserIsStoppedAtItsTimeout() throws {
    let hanging = try Self.script("sleep 60")
    defer { try? FileManager.default.removeItem(at: hanging) }
    let chromium = HeadlessChromium(executable: hanging, timeout: .seconds(1))
    let start = Date()
    #expect(throws: HeadlessChromium.Failure.self) { try chromium.run(["page.html"]) }
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test func theSandboxIsTurnedOffOnlyForRoot() throws {
    let arguments = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-arguments-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: arguments) }
    let recording = try Self.script("echo \"$@\" > '\(arguments.path)'")
    defer { try? FileManager.default.removeItem(at: recording) }
    try HeadlessChromium(executable: recording).run(["page.html"])
    let written = try String(contentsOf: arguments, encoding: .utf8)
    #expect(written.contains("--no-sandbox") == (getuid() == 0))
    #expect(written.contains("--headless"))
  }
}
