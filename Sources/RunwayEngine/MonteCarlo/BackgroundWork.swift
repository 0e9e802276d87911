import Dispatch

/// Work started on another thread and waited for later, so that it runs
/// beside what the caller does meanwhile: a valuation's sensitivities
/// beside its summaries, whose lists of jobs each leave a core idle at
/// their end.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  /// Written once by the work, read only after `done` is signalled.
  private var value: Value?

  init(_ body: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async {
      self.value = body()
      self.done.signal()
    }
  }

  /// The work's value, once it is done; to be asked once.
  func wait() -> Value {
    done.wait()
    guard let value else { preconditionFailure("the work signals only when done") }
    return value
  }
}
