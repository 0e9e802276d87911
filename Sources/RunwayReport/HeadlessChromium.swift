import Foundation

/// Headless Chromium, which prints `report.html` to PDF exactly as a
/// browser would (Debian's `chromium` package).
public struct HeadlessChromium: Sendable {
  /// The names under which distributions install it.
  static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

  public let executable: URL

  /// The first of ``names`` found on `PATH`, or `nil`.
  public static func locate() -> HeadlessChromium? {
    ExecutableLookup.first(of: names).map(HeadlessChromium.init(executable:))
  }

  /// What to tell a user who asked for a PDF on a machine without it.
  public static let missingMessage =
    "--pdf needs headless Chromium, and none was found on PATH (looked for "
    + names.joined(separator: ", ") + "); on Debian: apt-get install chromium"

  /// Prints the page at `html` to a PDF at `pdf`, A4 as its style sheet
  /// asks, without the browser's header and footer.
  public func printPDF(html: URL, to pdf: URL) throws {
    try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString])
    let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
    guard size > 0 else { throw Failure(message: "Chromium wrote no PDF to \(pdf.path)") }
  }

  /// Runs Chromium headless with a throwaway profile (so that it needs no
  /// writable home) and without its sandbox (which refuses to start as
  /// root, as in CI).
  public func run(_ arguments: [String]) throws {
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = executable
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--user-data-dir=\(profile.path)",
      ] + arguments
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let output = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let tail = String(decoding: output, as: UTF8.self).split(separator: "\n").suffix(3)
      throw Failure(
        message:
          "Chromium exited with status \(process.terminationStatus): \(tail.joined(separator: " | "))"
      )
    }
  }

  /// Chromium failed; `message` says how.
  public struct Failure: LocalizedError {
    public let message: String
    public var errorDescription: String? { message }
  }
}
