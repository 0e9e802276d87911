import Foundation
import RunwayEngine

/// Writes a report folder: `summary.md`, `report.html`, `result.json`, `cashflows.csv`,
/// `percentiles.csv` and `components.csv`.
///
/// Everything is written to a hidden temporary folder beside the target
/// and moved into place once complete, so a crash or a full disk never
/// leaves a half-written report where a reader would find it.
public enum ReportFolder {
  public static func write(
    _ result: ValuationResult, provenance: Provenance, to folder: URL,
    printer: HeadlessChromium? = nil
  ) throws {
    try write(
      [
        ("summary.md", SummaryMarkdown.text(result, provenance: provenance)),
        ("report.html", ReportHTML.text(result, provenance: provenance)),
        ("result.json", try ResultJSON.encode(result) + "\n"),
        ("cashflows.csv", ReportCSV.cashflows(result).text),
        ("percentiles.csv", ReportCSV.percentiles(result).text),
        ("components.csv", ReportCSV.components(result).text),
      ], to: folder, printer: printer)
  }

  /// Writes `files` (name and text) into `folder`, all or nothing, with
  /// `report.html` printed to `report.pdf` when a printer is given.
  static func write(_ files: [(String, String)], to folder: URL, printer: HeadlessChromium?)
    throws
  {
    let manager = FileManager.default
    let parent = folder.deletingLastPathComponent()
    try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).\(UUID().uuidString)")
    try manager.createDirectory(at: staging, withIntermediateDirectories: false)
    do {
      for (name, text) in files {
        try Data(text.utf8).write(to: staging.appendingPathComponent(name))
      }
      try printer?.printPDF(
        html: staging.appendingPathComponent("report.html"),
        to: staging.appendingPathComponent("report.pdf"))
      // An earlier report steps aside first and is removed only once the
      // new one is in place (Foundation's replaceItemAt does not take
      // folders on Linux).
      var previous: URL?
      if manager.fileExists(atPath: folder.path) {
        let aside = parent.appendingPathComponent(
          ".\(folder.lastPathComponent).old-\(UUID().uuidString)")
        try manager.moveItem(at: folder, to: aside)
        previous = aside
      }
      do {
        try manager.moveItem(at: staging, to: folder)
      } catch {
        if let previous { try? manager.moveItem(at: previous, to: folder) }
        throw error
      }
      if let previous { try? manager.removeItem(at: previous) }
    } catch {
      try? manager.removeItem(at: staging)
      throw error
    }
  }
}
