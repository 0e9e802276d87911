import Foundation

/// Finds a program on `PATH`, as a shell would.
public enum ExecutableLookup {
  /// The first of `names` found executable in a folder of `PATH`, folders
  /// in order; `nil` when none is.
  public static func first(of names: [String]) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      for name in names {
        let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      }
    }
    return nil
  }
}
