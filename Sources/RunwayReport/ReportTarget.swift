import Foundation

/// What lies at the path a report folder is written to, and whether Runway
/// may replace it.
///
/// Runway replaces only what it wrote: a folder that holds its marker
/// file (``ReportFolder/marker``), an empty folder, or a report written
/// before the marker existed (nothing but Runway's own file names, its
/// `summary.md` and `result.json` among them). Anything else (a
/// folder of other files, a file, a symbolic link, a device) is refused
/// before anything is touched, so that `--out .` or `--out ~/Documents`
/// can never delete a user's files.
enum ReportTarget: Equatable {
  /// Nothing is there: the report is moved into place.
  case absent
  /// An earlier report or an empty folder: exchanged with the new report.
  case replaceable

  /// Inspects `folder` without following a symbolic link.
  static func inspect(_ folder: URL) throws(ReportFolderError) -> ReportTarget {
    var status = stat()
    guard lstat(folder.path, &status) == 0 else {
      if errno == ENOENT { return .absent }
      throw .cannotInspect(folder.path, reason: String(cString: strerror(errno)))
    }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: break
    case S_IFREG: throw .notReplaceable(folder.path, what: "a file")
    case S_IFLNK: throw .notReplaceable(folder.path, what: "a symbolic link")
    default: throw .notReplaceable(folder.path, what: "a device or another special file")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw .cannotInspect(folder.path, reason: "its contents cannot be listed")
    }
    guard names.isEmpty || names.contains(ReportFolder.marker) || isEarlierReport(names) else {
      throw .notReplaceable(folder.path, what: "a folder of other files")
    }
    return .replaceable
  }

  /// The files a report of Runway 0.1 could hold, before the marker.
  private static let earlierReportFiles: Set<String> = [
    "summary.md", "report.html", "report.pdf", "result.json", "cashflows.csv",
    "percentiles.csv", "components.csv", "sensitivity.json", "tornado.csv", "global.csv",
    "sobol.csv", "comparison.csv", "comparison.json",
  ]

  private static func isEarlierReport(_ names: [String]) -> Bool {
    Set(names).isSuperset(of: ["summary.md", "result.json"])
      && Set(names).isSubset(of: earlierReportFiles)
  }
}
