/// A quantity that takes one of a few values, each with a weight: scenarios
/// such as "the partner opts in (60 %), opts out (30 %), renegotiates
/// (10 %)".
public struct Discrete: Distribution, Hashable {
  /// The distinct values in ascending order.
  public let values: [Double]
  /// The probability of each value (weights normalised to sum to one).
  public let probabilities: [Double]
  /// Running sums of `probabilities`; the last is exactly 1.
  private let cumulative: [Double]

  /// Values with non-negative weights, of any scale.
  ///
  /// The weights are normalised. Repeated values have their weights added.
  public init(values: [Double], weights: [Double]) throws(DistributionError) {
    guard !values.isEmpty, values.count == weights.count else {
      throw DistributionError("needs as many weights as values, and at least one value")
    }
    guard values.allSatisfy(\.isFinite) else { throw DistributionError("values must be finite") }
    guard weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
      throw DistributionError("weights must be non-negative numbers")
    }
    let total = weights.reduce(0, +)
    guard total > 0 else { throw DistributionError("weights must not all be zero") }
    var merged: [Double: Double] = [:]
    for (value, weight) in zip(values, weights) where weight > 0 {
      merged[value, default: 0] += weight
    }
    let sorted = merged.sorted { $0.key < $1.key }
    self.values = sorted.map(\.key)
    probabilities = sorted.map { $0.value / total }
    var running = 0.0
    var sums = probabilities.map { probability -> Double in
      running += probability
      return running
    }
    sums[sums.count - 1] = 1
    cumulative = sums
  }

  public var mean: Double { zip(values, probabilities).reduce(0) { $0 + $1.0 * $1.1 } }

  public var variance: Double {
    let m = mean
    return zip(values, probabilities).reduce(0) { $0 + $1.1 * ($1.0 - m) * ($1.0 - m) }
  }

  public var support: ClosedRange<Double> { values[0]...values[values.count - 1] }

  public func cdf(_ x: Double) -> Double {
    guard let index = values.lastIndex(where: { $0 <= x }) else { return 0 }
    return cumulative[index]
  }

  public func quantile(_ p: Double) -> Double {
    values[cumulative.firstIndex(where: { $0 >= p }) ?? values.count - 1]
  }

  public var description: String {
    "discrete(" + zip(values, probabilities).map { "\($0): \($1)" }.joined(separator: ", ") + ")"
  }
}
