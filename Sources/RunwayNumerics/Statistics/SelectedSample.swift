/// What a report reads of a sample, by ``Selection`` instead of a sort:
/// the percentiles at the levels it was built for, the mean of its worst
/// tail and the share below zero, each the same number, to the bit, that
/// ``SampleSummary`` gives from the whole sorted sample.
public struct SelectedSample: SampleStatistics, Sendable {
  public let moments: Moments
  public let probabilityNegative: Double
  /// The sample's size, and its value at each rank a percentile or the
  /// tail needs (the rest of the sample is not kept).
  private let count: Int
  private let ranked: [Int: Double]
  private let levels: Set<Double>
  private let tail: (alpha: Double, mean: Double)?

  /// Summarises `values` at `levels` (in 0…1) and, with `tail`, the mean
  /// of its worst ⌈tail·n⌉ values; `moments` may be passed when they were
  /// accumulated while the values were produced.
  public init(
    _ values: consuming [Double], moments: Moments? = nil, levels: [Double], tail: Double? = nil
  ) {
    let accumulated = if let moments { moments } else { Moments(copy values) }
    self.init(selecting: values, moments: accumulated, levels: levels, tail: tail)
  }

  /// Summarises values kept as `Float` (a component's, on each path) as
  /// they are: each is a `Double` exactly, in the same order, so every
  /// figure is the one the `Double`s give, to the bit, without a copy of
  /// the sample twice the size.
  public init(_ values: consuming [Float], moments: Moments, levels: [Double], tail: Double? = nil)
  {
    self.init(selecting: values, moments: moments, levels: levels, tail: tail)
  }

  private init<Value: BinaryFloatingPoint>(
    selecting values: consuming [Value], moments: Moments, levels: [Double], tail: Double?
  ) {
    precondition(!values.isEmpty && values.allSatisfy(\.isFinite), "a finite sample")
    self.moments = moments
    let n = values.count
    var ranks = Self.ranks(at: levels, count: n)
    let worst = tail.map { max(1, Int(($0 * Double(n)).rounded(.up))) }
    if let worst { ranks.append(worst - 1) }
    var values = values
    Selection.select(ranks, in: &values)
    // The worst values, in the order a sort gives them, so that their sum
    // is the sorted prefix's to the bit (a −0 before or after a +0 adds
    // the same).
    if let tail, let worst {
      var worstValues = values[..<worst].map { Double($0) }
      RadixSort.sort(&worstValues)
      self.tail = (tail, Moments(worstValues).mean)
    } else {
      self.tail = nil
    }
    probabilityNegative = Double(values.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }) / Double(n)
    count = n
    ranked = Dictionary(uniqueKeysWithValues: Set(ranks).map { ($0, Double(values[$0])) })
    self.levels = Set(levels)
  }

  /// The percentiles of `values` at `levels` (PERCENTILE.INC), when
  /// nothing else of the sample is read: neither its moments (a pass with
  /// a division per value) nor its share below zero is computed.
  public static func percentiles(of values: consuming [Double], at levels: [Double]) -> [Double] {
    precondition(!values.isEmpty && values.allSatisfy(\.isFinite), "a finite sample")
    var values = values
    Selection.select(ranks(at: levels, count: values.count), in: &values)
    return levels.map { SampleSummary.percentile($0, of: values) }
  }

  /// The p-th quantile (PERCENTILE.INC), for a level the sample was built
  /// for.
  public func percentile(_ p: Double) -> Double {
    precondition(levels.contains(p), "a level selected for")
    return SampleSummary.percentile(p, count: count) { rank in
      guard let value = ranked[rank] else { preconditionFailure("rank \(rank) was selected") }
      return value
    }
  }

  /// The ranks that the percentiles at `levels` read in a sample of `n`:
  /// the one at or below (n − 1)·p and, between two, the one above.
  private static func ranks(at levels: [Double], count n: Int) -> [Int] {
    levels.flatMap { level -> [Int] in
      let (below, fraction) = SampleSummary.rank(level, count: n)
      return fraction > 0 && below + 1 < n ? [below, below + 1] : [below]
    }
  }

  /// The mean of the worst ⌈α·n⌉ values, for the α the sample was built
  /// for.
  public func tailMean(_ alpha: Double) -> Double {
    guard let tail, tail.alpha == alpha else { preconditionFailure("a tail selected for") }
    return tail.mean
  }
}

/// What a report reads of a sample, sorted whole or by selection.
public protocol SampleStatistics {
  var moments: Moments { get }
  var probabilityNegative: Double { get }
  func percentile(_ p: Double) -> Double
  func tailMean(_ alpha: Double) -> Double
}

extension SampleStatistics {
  public var mean: Double { moments.mean }
  public var standardDeviation: Double { moments.standardDeviation }
  public var standardError: Double { moments.standardError }
}
