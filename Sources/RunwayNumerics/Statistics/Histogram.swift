/// Counts of a sample in equal-width bins over a range: what a report
/// draws as the distribution's bars.
///
/// Bin `i` holds the values in `[lower + i·width, lower + (i+1)·width)`;
/// the last bin also holds `upper`. Values outside the range are counted
/// in `below` and `above`, so that a long tail is told rather than drawn
/// as a flat line. A range of one value becomes one bin of width 1 centred
/// on it, so that a chart always has a range.
public struct Histogram: Codable, Hashable, Sendable {
  public var lower: Double
  public var upper: Double
  public var counts: [Int]
  public var below: Int
  public var above: Int

  public var width: Double { (upper - lower) / Double(counts.count) }

  /// Bins `sorted` (ascending, finite, not empty) into `bins` bins over
  /// `range`, or from its minimum to its maximum.
  public init(sorted: [Double], bins: Int, range: ClosedRange<Double>? = nil) {
    precondition(bins > 0, "a histogram has at least one bin")
    guard let first = sorted.first, let last = sorted.last else {
      preconditionFailure("an empty sample has no histogram")
    }
    let range = range ?? first...last
    let lower = range.lowerBound
    let upper = range.upperBound
    // One pass, without copying the sample (it may hold millions of paths).
    let binCount = lower < upper ? bins : 1
    let scale = lower < upper ? Double(bins) / (upper - lower) : 0
    var counts = [Int](repeating: 0, count: binCount)
    var below = 0
    var above = 0
    for value in sorted {
      if value < lower {
        below += 1
      } else if value > upper {
        above += 1
      } else {
        counts[min(binCount - 1, Int((value - lower) * scale))] += 1
      }
    }
    if lower < upper {
      self.init(lower: lower, upper: upper, counts: counts, below: below, above: above)
    } else {
      self.init(lower: lower - 0.5, upper: lower + 0.5, counts: counts, below: below, above: above)
    }
  }

  public init(lower: Double, upper: Double, counts: [Int], below: Int = 0, above: Int = 0) {
    self.lower = lower
    self.upper = upper
    self.counts = counts
    self.below = below
    self.above = above
  }
}
