import Foundation

/// The hidden folder beside a report's target where the report is written
/// before it is moved into place: `.<name>.runway-<pid>-<uuid>`.
///
/// The process id in the name tells a folder abandoned by a killed run
/// (its process is gone) from one that a concurrent run is still writing.
struct StagingFolder {
  let target: URL
  let url: URL

  init(for target: URL) {
    self.target = target
    url = target.deletingLastPathComponent().appendingPathComponent(
      "\(Self.prefix(target))\(getpid())-\(UUID().uuidString)")
  }

  private static func prefix(_ target: URL) -> String { ".\(target.lastPathComponent).runway-" }

  func create() throws(ReportFolderError) {
    guard mkdir(url.path, 0o755) == 0 else {
      throw .failed(
        url.path, step: "create the staging folder", reason: String(cString: strerror(errno)))
    }
  }

  /// Removes the staging folders of earlier runs for the same target
  /// whose process has ended; each is a folder Runway made (it holds the
  /// marker, or nothing), so nothing else is ever removed.
  func removeAbandoned() {
    let parent = target.deletingLastPathComponent()
    let prefix = Self.prefix(target)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }),
        kill(pid, 0) == -1, errno == ESRCH
      else { continue }
      let folder = parent.appendingPathComponent(name)
      if (try? ReportTarget.inspect(folder)) == .replaceable {
        try? FileManager.default.removeItem(at: folder)
      }
    }
  }
}
