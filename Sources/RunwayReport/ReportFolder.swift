import CRunwaySystem
import Foundation
import RunwayEngine

/// Writes a report folder: `summary.md`, `report.html`, `result.json`, `cashflows.csv`,
/// `percentiles.csv`, `components.csv` and, when given, the audit
/// workbook `report.xlsx`.
///
/// Everything is written to a hidden staging folder beside the target and
/// then exchanged with it in one atomic step (`renameat2` with
/// `RENAME_EXCHANGE`), so that at every moment the target holds either the
/// whole previous report or the whole new one, and a crash, a kill or a
/// full disk never leaves half a report. Only what Runway wrote is ever
/// replaced (``ReportTarget``); the staging folders of killed runs are
/// removed on the next write to the same target.
public enum ReportFolder {
  /// The file that marks a folder as a Runway report, which a later run
  /// may replace whole.
  public static let marker = ".runway-report"

  static let markerText =
    "This folder is a report written by Runway: `runway run` replaces it whole.\n"

  /// Writes the report of `result` into `folder`, all or nothing.
  ///
  /// The files do not depend on each other, so each is built as a job of
  /// its own on `threads` workers: the workbook (`workbook` builds it) and
  /// the HTML, the longest, side by side.
  public static func write(
    _ result: ValuationResult, provenance: Provenance, to folder: URL,
    printer: HeadlessChromium? = nil, workbook: (@Sendable () throws -> Data)? = nil,
    threads: Int = 1
  ) throws {
    typealias Job = (name: String, build: @Sendable () throws -> Data)
    var jobs: [Job] = [
      ("report.html", { Data(ReportHTML.text(result, provenance: provenance).utf8) }),
      ("summary.md", { Data(SummaryMarkdown.text(result, provenance: provenance).utf8) }),
      ("result.json", { Data((try ResultJSON.encode(result) + "\n").utf8) }),
      ("cashflows.csv", { Data(ReportCSV.cashflows(result).text.utf8) }),
      ("percentiles.csv", { Data(ReportCSV.percentiles(result).text.utf8) }),
      ("components.csv", { Data(ReportCSV.components(result).text.utf8) }),
    ]
    // The longest first (the workbook lists 10,000 paths and compresses
    // them), so that the others run beside it rather than after it.
    if let workbook { jobs.insert(("report.xlsx", workbook), at: 0) }
    let all = jobs
    let built = BatchRunner.jobs(all.count, threads: threads) { job in
      Result { try all[job].build() }
    }
    let files = try zip(all, built).map { job, data in (job.name, try data.get()) }
    try writeFiles(files, to: folder, printer: printer)
  }

  /// Writes `files` (name and text) into `folder`, all or nothing, with
  /// `report.html` printed to `report.pdf` when a printer is given.
  static func write(_ files: [(String, String)], to folder: URL, printer: HeadlessChromium?)
    throws
  {
    try writeFiles(files.map { ($0.0, Data($0.1.utf8)) }, to: folder, printer: printer)
  }

  /// Writes `files` (name and bytes) into `folder`, all or nothing.
  private static func writeFiles(
    _ files: [(String, Data)], to folder: URL, printer: HeadlessChromium?
  ) throws {
    let folder = folder.standardizedFileURL
    let name = folder.lastPathComponent
    guard !["", "/", ".", ".."].contains(name) else { throw ReportFolderError.unusableName(name) }
    let target = try ReportTarget.inspect(folder)
    let parent = folder.deletingLastPathComponent()
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw ReportFolderError.failed(
        parent.path, step: "create the folder", reason: error.localizedDescription)
    }
    let staging = StagingFolder(for: folder)
    staging.removeAbandoned()
    try staging.create()
    do {
      try writeFile(Data(markerText.utf8), to: staging.url.appendingPathComponent(marker))
      for (name, bytes) in files {
        try writeFile(bytes, to: staging.url.appendingPathComponent(name))
      }
      try printer?.printPDF(
        html: staging.url.appendingPathComponent("report.html"),
        to: staging.url.appendingPathComponent("report.pdf"))
      try moveIntoPlace(staging.url, at: folder, target: target)
    } catch {
      try? manager.removeItem(at: staging.url)
      throw error
    }
    // After an exchange the staging path holds the previous report.
    try? manager.removeItem(at: staging.url)
  }

  /// Moves the complete staging folder to `folder`: a rename when nothing
  /// is there, an atomic exchange when an earlier report is.
  private static func moveIntoPlace(_ staging: URL, at folder: URL, target: ReportTarget)
    throws
  {
    // Checked again just before: another process may have put something
    // there while the report was written.
    guard try ReportTarget.inspect(folder) == target else {
      throw ReportFolderError.failed(
        folder.path, step: "replace it", reason: "it changed while the report was being written")
    }
    let moved =
      switch target {
      case .absent: rename(staging.path, folder.path) == 0
      case .replaceable: runway_exchange_paths(staging.path, folder.path) == 0
      }
    guard moved else {
      throw ReportFolderError.failed(
        folder.path, step: "move the report into place", reason: String(cString: strerror(errno)))
    }
  }

  private static func writeFile(_ bytes: Data, to url: URL) throws {
    do {
      try bytes.write(to: url)
    } catch {
      throw ReportFolderError.failed(
        url.path, step: "write the file", reason: error.localizedDescription)
    }
  }
}
