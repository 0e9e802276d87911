import Testing

@testable import RunwayNumerics

/// Selection against a full sort: every percentile, tail mean and share
/// below zero a report reads is the sorted sample's, to the bit.
struct SelectionTests {
  /// Samples a sort handles whatever their order: random, many ties (a
  /// licence worth nothing on most paths), sorted, reversed, organ-pipe,
  /// all equal, short ones and long ones.
  static func samples() -> [[Double]] {
    let stream = RandomStream(seed: 9, name: "selection")
    let random = (0..<10_001).map { stream.uniform(path: UInt64($0), draw: 0) * 2 - 1 }
    let ties = random.map { $0 < 0.4 ? 0 : ($0 * 4).rounded() }
    // Zeros of both signs, which compare equal.
    let zeros = random.map { $0 < -0.5 ? -0.0 : $0 < 0.3 ? 0 : $0 }
    let sorted = random.sorted()
    let organ = sorted + sorted.reversed()
    // Long enough that pivots come from samples (Floyd and Rivest), and
    // those samples' own pivots too.
    let long = (0..<200_003).map { stream.uniform(path: UInt64($0), draw: 1) * 2 - 1 }
    let longTies = long.map { $0 < 0.3 ? 0 : ($0 * 8).rounded() }
    return [
      random, ties, zeros, sorted, sorted.reversed(), organ, Array(repeating: -1.5, count: 5_000),
      Array(random.prefix(17)), Array(random.prefix(3)), [0.25], long, longTies,
      long.sorted(),
    ]
  }

  @Test func selectedFiguresAreTheSortedOnes() {
    let levels = [0.05, 0.1, 0.5, 0.9, 0.95]
    for sample in Self.samples() {
      let sorted = SampleSummary(sample)
      let selected = SelectedSample(sample, levels: levels, tail: 0.05)
      for level in levels {
        #expect(selected.percentile(level) == sorted.percentile(level), "\(sample.count)")
      }
      #expect(selected.tailMean(0.05) == sorted.tailMean(0.05))
      #expect(selected.probabilityNegative == sorted.probabilityNegative)
      #expect(selected.mean == sorted.mean)
      #expect(
        SelectedSample.percentiles(of: sample, at: levels) == levels.map(sorted.percentile))
    }
  }

  /// Values kept as `Float` (a component's) are selected as they are: the
  /// figures are the whole sorted sample's, and to the bit those of the
  /// same values selected as `Double`s (the bit patterns show a −0 for a
  /// +0, which equal each other).
  @Test func floatSamplesGiveTheDoublesFigures() {
    let levels = [0.05, 0.1, 0.5, 0.9, 0.95]
    for sample in Self.samples() {
      let kept = sample.map { Float($0 * 1e7) }
      let doubles = kept.map(Double.init)
      let sorted = SampleSummary(doubles)
      let selected = SelectedSample(kept, moments: sorted.moments, levels: levels, tail: 0.05)
      let asDoubles = SelectedSample(doubles, moments: sorted.moments, levels: levels, tail: 0.05)
      for level in levels {
        #expect(selected.percentile(level) == sorted.percentile(level), "\(sample.count)")
        #expect(selected.percentile(level).bitPattern == asDoubles.percentile(level).bitPattern)
      }
      #expect(selected.tailMean(0.05) == sorted.tailMean(0.05))
      #expect(selected.tailMean(0.05).bitPattern == asDoubles.tailMean(0.05).bitPattern)
      #expect(selected.probabilityNegative == sorted.probabilityNegative)
    }
  }

  /// Each selected rank holds the sorted sample's value, with nothing
  /// larger before it and nothing smaller after it.
  @Test func eachRankIsInItsPlace() {
    for sample in Self.samples() where sample.count > 10 {
      let ranks = [0, 3, sample.count / 2, sample.count - 1]
      var values = sample
      Selection.select(ranks, in: &values)
      let sorted = sample.sorted()
      for rank in ranks {
        #expect(values[rank] == sorted[rank])
        #expect(values[..<rank].allSatisfy { $0 <= values[rank] })
        #expect(values[(rank + 1)...].allSatisfy { $0 >= values[rank] })
      }
      #expect(values.sorted() == sorted)
      var floats = sample.map { Float($0) }
      Selection.select(ranks, in: &floats)
      for rank in ranks { #expect(Double(floats[rank]) == Double(Float(sorted[rank]))) }
    }
  }
}
