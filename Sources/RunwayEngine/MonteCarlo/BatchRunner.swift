import Dispatch
import RunwayNumerics
import Synchronization

/// Runs a Monte Carlo computation over fixed-size batches of paths, in
/// parallel over Dispatch, with results that do not depend on the number of
/// threads.
///
/// Batch boundaries depend only on the path count and the batch size, each
/// batch's result is stored at its index, and results are returned in batch
/// order for the caller to merge in that order. Since every random number
/// depends only on (seed, name, path), a batch computes the same bits on
/// any thread, and a fixed merge order makes the totals bit-identical with
/// 1, 2 or 64 threads.
public struct BatchRunner: Sendable {
  /// Paths per batch: large enough to amortise scheduling, small enough
  /// that a batch's working set stays in cache and memory grows with the
  /// batch rather than with the path count.
  public let batchSize: Int
  /// Worker threads.
  public let threads: Int

  public init(batchSize: Int = 4_096, threads: Int) {
    precondition(batchSize > 0 && threads > 0, "batch size and threads must be positive")
    self.batchSize = batchSize
    self.threads = threads
  }

  /// The path ranges of the batches for `paths` paths, in order.
  public func batches(paths: Int) -> [Range<Int>] { batches(of: 0..<paths) }

  /// The batches of the paths `range`, in order, from its first path.
  public func batches(of range: Range<Int>) -> [Range<Int>] {
    stride(from: range.lowerBound, to: range.upperBound, by: batchSize).map {
      $0..<min($0 + batchSize, range.upperBound)
    }
  }

  /// `body` applied to each job `0..<count`, results in job order: work
  /// that is not paths (summaries, sensitivities, report files), a job to
  /// a batch, on `threads` workers that each take the next job not yet
  /// taken.
  public static func jobs<Result: Sendable>(
    _ count: Int, threads: Int, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    BatchRunner(batchSize: 1, threads: threads).map(paths: count) { body($0.lowerBound) }
  }

  /// `body` applied to every batch of `paths` paths, results in batch order.
  ///
  /// Each worker takes the next batch not yet taken (one atomic count, no
  /// lock), so a worker on a slower core, or with costlier batches, takes
  /// fewer: the cores finish together. A fixed round-robin left the faster
  /// core idle while the slower one finished its share. Each result slot is
  /// written by the one worker that took its batch. `progress`, if given,
  /// is called after each batch with the number of batches done and the
  /// number in all.
  public func map<Result: Sendable>(
    paths: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
    _ body: @Sendable (Range<Int>) -> Result
  ) -> [Result] {
    map(range: 0..<paths, progress: progress, body)
  }

  /// `body` applied to every batch of the paths `range`, results in batch
  /// order (a shard's share of a run).
  public func map<Result: Sendable>(
    range: Range<Int>, progress: (@Sendable (Int, Int) -> Void)? = nil,
    _ body: @Sendable (Range<Int>) -> Result
  ) -> [Result] {
    let ranges = batches(of: range)
    let slots = ResultSlots<Result>(count: ranges.count)
    let taken = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    // OpenBLAS on one thread, its own threads stopped before the workers
    // start: LAPACK then blocks its work the same way whatever the threads
    // (the contributions' regression: the same bits), and no idle BLAS
    // thread spins on a core the workers need.
    BLAS.useOneThread()
    DispatchQueue.concurrentPerform(iterations: min(threads, max(1, ranges.count))) { _ in
      while true {
        let index = taken.add(1, ordering: .relaxed).oldValue
        guard index < ranges.count else { return }
        slots.store(body(ranges[index]), at: index)
        if let progress {
          progress(done.add(1, ordering: .relaxed).newValue, ranges.count)
        }
      }
    }
    return slots.results()
  }
}

/// Storage for results written concurrently at distinct indices.
///
/// `@unchecked Sendable` because the compiler cannot see what makes it
/// safe: ``BatchRunner/map(range:progress:_:)`` writes each index from
/// the one worker that took it, and reads after `concurrentPerform` has
/// returned. A raw buffer rather than an array property, whose every write
/// would be a (racing) exclusive access to the whole array.
private final class ResultSlots<Result>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Result?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func store(_ result: Result, at index: Int) { buffer[index] = result }

  /// The results; every slot has been stored by then.
  func results() -> [Result] { buffer.compactMap { $0 } }
}
