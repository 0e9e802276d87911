/// The figures a report gives of a Monte Carlo sample: moments, exact
/// percentiles, probability of a loss and the mean of the worst outcomes.
///
/// Percentiles are exact, from the whole sorted sample, with the
/// interpolation of spreadsheets' PERCENTILE.INC (Hyndman and Fan's
/// type 7): the p-th percentile sits at rank (n − 1)·p, between the two
/// values around it.
public struct SampleSummary: SampleStatistics, Hashable, Sendable {
  /// The sample sorted ascending.
  public let sorted: [Double]
  /// The sample's moments.
  public let moments: Moments

  /// Summarises `values`; `moments` may be passed when they were
  /// accumulated (in a fixed batch order) while the values were produced.
  public init(_ values: [Double], moments: Moments? = nil) {
    precondition(values.allSatisfy(\.isFinite), "a sample to summarise must be finite")
    self.moments = moments ?? Moments(values)
    var values = values
    RadixSort.sort(&values)  // in place when the caller passed its last copy
    sorted = values
  }

  public var count: Int { sorted.count }

  /// The p-th quantile for p in [0, 1] (PERCENTILE.INC).
  public func percentile(_ p: Double) -> Double {
    precondition(p >= 0 && p <= 1, "a percentile's level lies in 0...1")
    precondition(!sorted.isEmpty, "an empty sample has no percentiles")
    return Self.percentile(p, of: sorted)
  }

  /// PERCENTILE.INC at `p` of `values`, which hold the sorted sample's
  /// values at least at the two ranks around (n − 1)·p: the whole sorted
  /// sample, or one whose ranks were selected.
  static func percentile(_ p: Double, of values: [Double]) -> Double {
    percentile(p, count: values.count) { values[$0] }
  }

  /// PERCENTILE.INC at `p` of a sample of `count` values, `value(k)`
  /// being the sorted sample's value at rank k (asked only for the two
  /// ranks around (n − 1)·p).
  static func percentile(_ p: Double, count: Int, value: (Int) -> Double) -> Double {
    let (below, fraction) = rank(p, count: count)
    guard below + 1 < count, fraction > 0 else { return value(below) }
    let low = value(below)
    return low + fraction * (value(below + 1) - low)
  }

  /// The rank (n − 1)·p of the p-th percentile as a whole place and the
  /// fraction beyond it, for a sample of `count`.
  static func rank(_ p: Double, count: Int) -> (below: Int, fraction: Double) {
    let rank = Double(count - 1) * p
    let below = Int(rank.rounded(.down))
    return (below, rank - Double(below))
  }

  /// The share of values below zero: the probability of a loss.
  public var probabilityNegative: Double {
    guard !sorted.isEmpty else { return 0 }
    let negatives = sorted.partitioningIndex { $0 >= 0 }
    return Double(negatives) / Double(sorted.count)
  }

  /// The mean of the worst ⌈α·n⌉ values (conditional tail mean, or expected
  /// shortfall at level α): what the bad cases average, not just where
  /// they begin.
  public func tailMean(_ alpha: Double) -> Double {
    precondition(alpha > 0 && alpha <= 1, "a tail's level lies in (0, 1]")
    precondition(!sorted.isEmpty, "an empty sample has no tail")
    let count = max(1, Int((alpha * Double(sorted.count)).rounded(.up)))
    return Moments(sorted.prefix(count)).mean
  }
}

extension Array where Element == Double {
  /// The first index whose element satisfies `predicate`, for a predicate
  /// that is false then true along the array (binary search).
  fileprivate func partitioningIndex(where predicate: (Double) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if predicate(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}

extension SampleSummary {
  /// The percentiles at `levels` + 1 evenly spaced levels from 0 to 1
  /// (PERCENTILE.INC): the sample's cumulative distribution, as a report
  /// draws it.
  public func quantiles(levels: Int) -> [Double] {
    precondition(levels > 0, "at least one step between 0 and 1")
    return (0...levels).map { percentile(Double($0) / Double(levels)) }
  }

  /// A histogram over `range`, or from the minimum to the maximum.
  public func histogram(bins: Int, range: ClosedRange<Double>? = nil) -> Histogram {
    Histogram(sorted: sorted, bins: bins, range: range)
  }
}
