import Foundation
import Synchronization

/// A progress bar on standard error for runs longer than a second, drawn
/// only when standard error is a terminal (never into a log file or pipe).
final class ProgressBar: ProgressDisplay {
  private let started = Date()
  private let lastDrawn = Mutex<Int>(-1)

  /// A bar, or `nil` when standard error is not a terminal.
  static func forStandardError() -> ProgressBar? {
    isatty(FileHandle.standardError.fileDescriptor) == 1 ? ProgressBar() : nil
  }

  func update(done: Int, of total: Int) {
    guard Date().timeIntervalSince(started) > 1 else { return }
    let percent = total > 0 ? done * 100 / total : 100
    let shouldDraw = lastDrawn.withLock { last in
      guard percent != last else { return false }
      last = percent
      return true
    }
    guard shouldDraw else { return }
    let width = 30
    let filled = width * percent / 100
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    FileHandle.standardError.write(Data("\r\(bar) \(percent)%".utf8))
  }

  /// Clears the bar's line.
  func finish() {
    if lastDrawn.withLock({ $0 }) >= 0 {
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
  }
}
