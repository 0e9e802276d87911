import Foundation
import Testing

@testable import RunwayNumerics

struct StatisticsTests {
  @Test func momentsOfATextbookSample() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − x̄)² = 32, sample variance 32/7.
    let moments = Moments([2, 4, 4, 4, 5, 5, 7, 9])
    #expect(moments.mean == 5)
    #expect(moments.sumOfSquaredDeviations == 32)
    #expect(isClose(moments.variance, 32.0 / 7))
    #expect(isClose(moments.standardError, (32.0 / 7 / 8).squareRoot()))
    // Any sequence of the same values in the same order: the same bits.
    #expect(Moments([2, 4, 4, 4, 5, 5, 7, 9].lazy.map { $0 }) == moments)
  }

  @Test func mergingBatchesEqualsOnePass() {
    let values = (0..<10_000).map { Double($0 % 97) * 1.5 - 20 }
    var merged = Moments()
    for start in stride(from: 0, to: values.count, by: 1_000) {
      merged.merge(Moments(values[start..<start + 1_000]))
    }
    let whole = Moments(values)
    #expect(merged.count == whole.count)
    #expect(isClose(merged.mean, whole.mean, relative: 1e-13))
    #expect(isClose(merged.variance, whole.variance, relative: 1e-13))
    // The same batches merged in the same order give the same bits.
    let batches = stride(from: 0, to: values.count, by: 1_000).map {
      Moments(values[$0..<$0 + 1_000])
    }
    #expect(Moments.merged(batches) == merged)
  }

  @Test func percentilesFollowPercentileInc() {
    // Microsoft's PERCENTILE.INC example: {1, 2, 3, 4} at 0.3 is 1.9.
    let summary = SampleSummary([1, 3, 2, 4])
    #expect(isClose(summary.percentile(0.3), 1.9))
    #expect(summary.percentile(0) == 1 && summary.percentile(1) == 4)
    #expect(summary.percentile(0.5) == 2.5)
  }

  @Test func lossProbabilityAndTailMean() {
    // Ten values −5…4: five are negative; the worst 20 % are −5 and −4.
    let summary = SampleSummary((-5...4).map(Double.init))
    #expect(summary.probabilityNegative == 0.5)
    #expect(summary.tailMean(0.2) == -4.5)
    #expect(summary.tailMean(0.05) == -5)
    #expect(SampleSummary([0, 1, 2]).probabilityNegative == 0)
  }

  @Test func rankCorrelationOfAMonotoneRelationIsOne() {
    let x = (1...20).map(Double.init)
    #expect(isClose(RankCorrelation.spearman(x, x.map { $0 * $0 * $0 }), 1))
    #expect(isClose(RankCorrelation.spearman(x, x.map { -$0 }), -1))
    #expect(RankCorrelation.ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
  }
}

/// The radix sort orders doubles as a comparison sort does, negatives,
/// zeros, tiny and huge values included.
struct RadixSortTests {
  @Test func agreesWithAComparisonSort() {
    let stream = RandomStream(seed: 1, name: "sort")
    var values: [Double] = [
      0, -0.0, 1e-300, -1e-300, 1e300, -1e300, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
    ]
    for path in 0..<50_000 {
      let u = stream.uniform(path: UInt64(path), draw: 0)
      values.append((u - 0.3) * pow(10, Double(path % 40) - 20))
    }
    var sorted = values
    RadixSort.sort(&sorted)
    #expect(sorted == values.sorted())
  }

  /// A digit every value shares is skipped, which can leave the sorted
  /// keys in the scratch buffer (an odd number of passes): values in
  /// [1, 2) share their sign and exponent (the top digit); small whole
  /// numbers share their low mantissa bits (the three lowest digits).
  @Test func skipsTheDigitsEveryValueShares() {
    let stream = RandomStream(seed: 3, name: "shared digits")
    let oneToTwo = (0..<5_000).map { 1 + stream.uniform(path: UInt64($0), draw: 0) }
    let wholes = (0..<5_000).map { Double(($0 * 7_919) % 977) }
    for values in [oneToTwo, wholes] {
      var sorted = values
      RadixSort.sort(&sorted)
      #expect(sorted == values.sorted())
      #expect(RadixSort.order(of: values) == values.indices.sorted { values[$0] < values[$1] })
    }
  }

  /// The order of indices is a stable comparison sort's, ties (many equal
  /// values, and −0 beside +0) in index order.
  @Test func ordersIndicesAsAStableSortDoes() {
    let stream = RandomStream(seed: 2, name: "order")
    let values = (0..<20_000).map { path -> Double in
      let u = stream.uniform(path: UInt64(path), draw: 0)
      return u < 0.3 ? (path % 2 == 0 ? 0 : -0.0) : ((u - 0.5) * 8).rounded() * 1e6
    }
    let expected = values.indices.sorted { values[$0] < values[$1] }
    #expect(RadixSort.order(of: values) == expected)
    #expect(RadixSort.order(of: Array(values.prefix(100))) == Array(expected.filter { $0 < 100 }))
  }
}

/// Histograms and quantile grids against counts made by hand.
struct HistogramTests {
  @Test func binsFromMinimumToMaximum() {
    // 0…10 in 5 bins of width 2: [0,2) holds 0, 1; [2,4) 2, 3; …; the
    // last bin [8,10] holds 8, 9 and the maximum 10.
    let histogram = SampleSummary((0...10).map(Double.init)).histogram(bins: 5)
    #expect(histogram.lower == 0 && histogram.upper == 10 && histogram.width == 2)
    #expect(histogram.counts == [2, 2, 2, 2, 3])
  }

  @Test func countsTheValuesOutsideARange() {
    // Over [2, 6] in 2 bins: 0 and 1 below; [2,4) holds 2, 3; [4,6] holds
    // 4, 5, 6; 7…10 above.
    let histogram = SampleSummary((0...10).map(Double.init)).histogram(bins: 2, range: 2...6)
    #expect(histogram == Histogram(lower: 2, upper: 6, counts: [2, 3], below: 2, above: 4))
  }

  @Test func oneRepeatedValueGetsOneBinAroundIt() {
    let histogram = SampleSummary([-3, -3, -3]).histogram(bins: 40)
    #expect(histogram == Histogram(lower: -3.5, upper: -2.5, counts: [3]))
  }

  @Test func quantileGridIsPercentileInc() {
    // {1, 2, 3, 4} at 0, ¼, ½, ¾, 1: ranks 0, 0.75, 1.5, 2.25, 3.
    #expect(SampleSummary([4, 1, 3, 2]).quantiles(levels: 4) == [1, 1.75, 2.5, 3.25, 4])
  }
}
