import Foundation
import RunwayReport
import Testing

/// `runway run --pdf` prints the HTML report through headless Chromium,
/// which also renders it to PNG; the PDF's text holds the headline
/// figures.
///
/// Runs where Chromium and `pdftotext` (poppler-utils) are installed, and
/// always in CI, where `.ci/run` sets `RUNWAY_RENDER_TESTS=1` so that a
/// missing install fails instead of skipping.
@Suite(.enabled(if: RenderTools.present))
struct ReportRenderTests {
  /// The golden report's scenario, in which nothing is uncertain.
  ///
  /// At 10 % on 2021-01-01: the bank's 500k
  /// bullet loan at 5 % is worth 500k − 525k/1.1 = 22,727 ("22.7k"); the
  /// project, −1M now and +1.331M in two years, 1.331M/1.21 − 1M = 100k;
  /// the total 122,727 ("123k").
  static let scenario = "Tests/RunwayReportTests/Golden/golden.yaml"

  @Test func printsToPDFAndRendersToPNG() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = folder.appendingPathComponent("report")
    let run = try RunwayProcess.run(
      ["run", Self.scenario, "--paths", "1000", "--pdf", "--out", report.path])
    #expect(run.status == 0, "\(run.standardError)")

    let pdf = report.appendingPathComponent("report.pdf")
    let text = try RunwayProcess.run(
      [pdf.path, "-"], executable: try #require(RenderTools.pdftotext, "pdftotext is not installed")
    )
    #expect(text.status == 0)
    for figure in [
      "Golden report", "What is Golden report worth", "rNPV (analytic)", "Equity value", "1.1M",
      "22.7k",
      "100k", "Provenance",
    ] {
      #expect(text.standardOutput.contains(figure), "\(figure) is not in the PDF")
    }

    let chromium = try #require(HeadlessChromium.locate(), "Chromium is not installed")
    let png = folder.appendingPathComponent("report.png")
    try chromium.run([
      "--window-size=1000,1400", "--screenshot=\(png.path)",
      report.appendingPathComponent("report.html").absoluteString,
    ])
    let bytes = [UInt8](try Data(contentsOf: png))
    // A PNG: its signature, then the IHDR chunk with the width (big-endian)
    // at bytes 16…19.
    #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1000)
  }
}

/// The flagship's page 1, read back from its PDF, answers on one page:
/// the value with its range, the equity in total and per share, how long
/// the cash lasts and what must be raised by when, the three risks that
/// move the value most (the readouts included), and every warning.
@Suite(.enabled(if: RenderTools.present))
struct PageOneRenderTests {
  @Test func theFlagshipsPageOneAnswersTheBoard() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-page-one-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try RunwayProcess.run([
      "run", "scenarios/promethera-portfolio.yaml", "--paths", "2000", "--pdf", "--json",
      "--out", folder.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let result = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let pdftotext = try #require(RenderTools.pdftotext, "pdftotext is not installed")
    let page = try RunwayProcess.run(
      ["-f", "1", "-l", "1", folder.appendingPathComponent("report.pdf").path, "-"],
      executable: pdftotext)
    // Words as a reader sees them: whatever the line breaks.
    let text = page.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let words = { (phrase: String) in
      phrase.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    for phrase in [
      "What is Promethera worth", "risk-adjusted", "P10 / P50 / P90", "chance of a loss",
      "Equity value", "no value per share", "Cash runs out by the end of 2021-Q1 (27 months)",
      "on one path in ten, by the end of 2020-Q4 (24 months)",
      "funding gap", "would sell", "What moves the value most", "Warnings",
      "NPV across Monte Carlo paths",
    ] {
      #expect(text.contains(phrase), "\(phrase) is not on page 1")
    }
    // The three widest bars of the tornado, a readout among them, each a
    // sentence of its own.
    let bars = try #require((result["tornado"] as? [String: Any])?["bars"] as? [[String: Any]])
    let events = bars.prefix(3).compactMap { $0["event"] as? String }
    #expect(!events.isEmpty)
    for event in events { #expect(text.contains(words(event)), "\(event) is not on page 1") }
    #expect(text.components(separatedBy: "the value is ").count - 1 == 3)
    let warnings = try #require(result["warnings"] as? [String])
    #expect(!warnings.isEmpty)
    for warning in warnings { #expect(text.contains(words(warning)), "\(warning)") }
    #expect(text.contains("Page 1 of"))
  }
}

/// The programs the render test needs, or the CI's demand for them.
enum RenderTools {
  static var present: Bool {
    ProcessInfo.processInfo.environment["RUNWAY_RENDER_TESTS"] == "1"
      || (HeadlessChromium.locate() != nil && pdftotext != nil)
  }

  static var pdftotext: URL? { ExecutableLookup.first(of: ["pdftotext"]) }
}
