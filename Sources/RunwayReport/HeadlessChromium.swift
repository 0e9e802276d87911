import Foundation

/// Headless Chromium, which prints `report.html` to PDF exactly as a
/// browser would (Debian's `chromium` package).
public struct HeadlessChromium: Sendable {
  /// The names under which distributions install it.
  static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

  public let executable: URL
  /// How long Chromium may take before it is stopped: a report prints in
  /// seconds, so a browser still running after two minutes has hung.
  public var timeout: Duration = .seconds(120)

  public init(executable: URL, timeout: Duration = .seconds(120)) {
    self.executable = executable
    self.timeout = timeout
  }

  /// The first of ``names`` found on `PATH`, or `nil`.
  public static func locate() -> HeadlessChromium? {
    ExecutableLookup.first(of: names).map { HeadlessChromium(executable: $0) }
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

  /// Runs Chromium headless, stopped after its timeout.
  ///
  /// A throwaway profile means it needs no writable home. Its sandbox stays
  /// on, except as root, where Chromium refuses to start with it (as in CI).
  public func run(_ arguments: [String]) throws {
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-chromium-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: profile) }
    // Its messages go to a file, not a pipe: the helper processes it starts
    // would keep a pipe open after it was stopped.
    let log = profile.appendingPathComponent("stderr.log")
    try Data().write(to: log)
    let process = Process()
    process.executableURL = executable
    process.arguments =
      ["--headless", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"]
      + (getuid() == 0 ? ["--no-sandbox"] : []) + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: log)
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try process.run()
    let seconds = Double(timeout.components.seconds)
    if exited.wait(timeout: .now() + seconds) == .timedOut {
      process.terminate()
      if exited.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
      throw Failure(message: "Chromium did not finish within \(Int(seconds)) s and was stopped")
    }
    guard process.terminationStatus == 0 else {
      let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      let tail = output.split(separator: "\n").suffix(3)
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
