import Dispatch
import Foundation

/// Work run on a thread of its own and waited for later, so that it runs
/// beside what the caller does meanwhile: a valuation's sensitivities
/// beside its summaries, whose lists of jobs each leave a core idle at
/// their end.
///
/// A thread of its own rather than an item on a Dispatch queue: the
/// engine otherwise blocks only where its own thread does the work
/// (`concurrentPerform`), and an item waited for from a thread of the
/// queue's pool could wait for a thread the pool no longer has.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  /// Written once by the thread, read only after `done` is signalled.
  private var value: Value?

  init(_ body: @escaping @Sendable () -> Value) {
    Thread {
      self.value = body()
      self.done.signal()
    }.start()
  }

  /// The work's value, once it is done; to be asked once.
  func wait() -> Value {
    done.wait()
    guard let value else { preconditionFailure("the work signals only when done") }
    return value
  }
}
