import Foundation
import Synchronization

/// Progress as plain lines on standard error, one per tenth done, for a
/// shard whose standard error is a batch job's log (a Slurm array task's,
/// say), where a bar redrawn in place would be unreadable.
final class ProgressLog: ProgressDisplay {
  private let label: String
  private let started = Date()
  private let lastTenth = Mutex<Int>(0)

  init(label: String) {
    self.label = label
  }

  func update(done: Int, of total: Int) {
    let elapsed = Date().timeIntervalSince(started)
    guard elapsed > 1, total > 0 else { return }
    let tenth = done * 10 / total
    let isNew = lastTenth.withLock { last in
      guard tenth > last else { return false }
      last = tenth
      return true
    }
    guard isNew else { return }
    printToStandardError("\(label): \(tenth * 10)% done after \(Int(elapsed)) s")
  }

  func finish() {}
}
