import Foundation

/// Why a report folder was not written; nothing at the target was changed.
public enum ReportFolderError: Error, LocalizedError, Equatable {
  /// The target holds something Runway did not write.
  case notReplaceable(String, what: String)
  /// The target names no folder Runway could write (`/`, `.`, `..`).
  case unusableName(String)
  /// The target could not be inspected (permissions, say).
  case cannotInspect(String, reason: String)
  /// A step of the write failed with a system error.
  case failed(String, step: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .notReplaceable(let path, let what):
      "\(path) is \(what), not a Runway report folder (it has no \(ReportFolder.marker) file); "
        + "Runway replaces only its own reports: choose another --out, or move it away first"
    case .unusableName(let path):
      "\(path) names no folder a report can be written to; give --out a folder's name, "
        + "such as reports/my-run"
    case .cannotInspect(let path, let reason): "\(path) cannot be inspected: \(reason)"
    case .failed(let path, let step, let reason): "\(path): cannot \(step): \(reason)"
    }
  }
}
