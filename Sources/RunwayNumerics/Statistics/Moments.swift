/// Count, mean and sum of squared deviations of a sample, accumulated one
/// value at a time and merged batch by batch.
///
/// Welford's update keeps the mean and the squared deviations accurate for
/// large samples (no catastrophic cancellation as in Σx² − n·x̄²), and
/// Chan, Golub and LeVeque's pairwise formula merges two batches exactly as
/// if one had seen all their values. Floating-point addition is not
/// associative, so bit-identical results need a fixed merge order: merge
/// batch accumulators in batch order, whatever thread computed each batch.
public struct Moments: Hashable, Sendable, Codable {
  /// Number of values.
  public private(set) var count: Int = 0
  /// Their mean (0 when empty).
  public private(set) var mean: Double = 0
  /// Σ (x − mean)².
  public private(set) var sumOfSquaredDeviations: Double = 0

  public init() {}

  /// The moments of `values`, in order.
  public init<S: Sequence>(_ values: S) where S.Element == Double {
    for value in values { add(value) }
  }

  /// Adds one value.
  public mutating func add(_ value: Double) {
    count += 1
    let delta = value - mean
    mean += delta / Double(count)
    sumOfSquaredDeviations += delta * (value - mean)
  }

  /// Adds the values of another batch, which comes after this one.
  public mutating func merge(_ other: Moments) {
    guard other.count > 0 else { return }
    guard count > 0 else {
      self = other
      return
    }
    let total = count + other.count
    let delta = other.mean - mean
    mean += delta * Double(other.count) / Double(total)
    sumOfSquaredDeviations +=
      other.sumOfSquaredDeviations + delta * delta * Double(count) * Double(other.count)
      / Double(total)
    count = total
  }

  /// The batches merged in the order given.
  public static func merged<S: Sequence>(_ batches: S) -> Moments where S.Element == Moments {
    batches.reduce(into: Moments()) { $0.merge($1) }
  }

  /// The sample variance (divisor n − 1, as spreadsheets' VAR.S); 0 below
  /// two values.
  public var variance: Double {
    count > 1 ? sumOfSquaredDeviations / Double(count - 1) : 0
  }

  /// The sample standard deviation (STDEV.S).
  public var standardDeviation: Double { variance.squareRoot() }

  /// The standard error of the mean, s/√n: the Monte Carlo error of an
  /// estimate.
  public var standardError: Double {
    count > 1 ? (variance / Double(count)).squareRoot() : 0
  }
}
