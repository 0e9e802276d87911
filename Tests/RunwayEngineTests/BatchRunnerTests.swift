import Foundation
import RunwayEngine
import RunwayNumerics
import Synchronization
import Testing

struct BatchRunnerTests {
  @Test func batchesCoverEveryPathOnceInOrder() {
    let ranges = BatchRunner(batchSize: 4, threads: 3).batches(paths: 10)
    #expect(ranges == [0..<4, 4..<8, 8..<10])
  }

  /// The mean and standard error of a lognormal sample, computed batch by
  /// batch and merged in batch order, have the same bits on 1, 2 and 7
  /// threads, and agree with the closed-form mean e^{1/2}.
  @Test func resultsAreBitIdenticalWhateverTheThreadCount() throws {
    let lognormal = try Lognormal(mu: 0, sigma: 1)
    let stream = RandomStream(seed: 42, name: "peakSales")
    func run(threads: Int) -> Moments {
      let batches = BatchRunner(batchSize: 1_000, threads: threads).map(paths: 200_000) { range in
        var moments = Moments()
        for path in range {
          moments.add(lognormal.sample(uniform: stream.uniform(path: UInt64(path), draw: 0)))
        }
        return moments
      }
      return Moments.merged(batches)
    }
    let single = run(threads: 1)
    #expect(run(threads: 2) == single)
    #expect(run(threads: 7) == single)
    #expect(single.count == 200_000)
    // e^{1/2} = 1.6487…, standard deviation √((e − 1)e) = 2.1612…
    #expect(abs(single.mean - 1.6487212707001282) < 4 * single.standardError)
  }

  /// While one worker is held up by a slow batch, the other takes every
  /// batch left.
  ///
  /// Dealt round-robin in advance, batches 2, 4 and 6 would wait behind
  /// batch 0, which waits for them. The wait is long, for a second worker
  /// that other tests running beside keep waiting for a thread.
  @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
  func aWorkerHeldUpLeavesTheOtherBatchesToTheOther() {
    let othersDone = Atomic<Int>(0)
    let sawTheOthersDone = BatchRunner(batchSize: 1, threads: 2).map(paths: 8) { range in
      guard range.lowerBound == 0 else {
        othersDone.add(1, ordering: .releasing)
        return false
      }
      let deadline = ContinuousClock.now + .seconds(60)
      while othersDone.load(ordering: .acquiring) < 7, ContinuousClock.now < deadline {
        usleep(1_000)
      }
      return othersDone.load(ordering: .acquiring) == 7
    }
    #expect(sawTheOthersDone == [true] + Array(repeating: false, count: 7))
  }
}
