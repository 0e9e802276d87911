/// A probability distribution of one real quantity, sampled by inversion.
///
/// Every family is sampled through its quantile function: a uniform `u` in
/// (0, 1) becomes `quantile(u)`. Inversion is what lets one uniform stream
/// serve plain Monte Carlo, Latin hypercube strata and a Gaussian copula
/// alike, and it makes each draw a monotone function of its uniform, so that
/// common random numbers move two scenarios together.
public protocol Distribution: Sendable, CustomStringConvertible {
  /// The expected value.
  var mean: Double { get }
  /// The variance.
  var variance: Double { get }
  /// The smallest and largest values the quantity can take (possibly
  /// infinite).
  var support: ClosedRange<Double> { get }
  /// P(X ≤ x).
  func cdf(_ x: Double) -> Double
  /// The smallest x with P(X ≤ x) ≥ p, for p in [0, 1].
  func quantile(_ p: Double) -> Double
  /// The quantile at Φ(z), for the standard normal score `z` a Gaussian
  /// copula gives.
  func quantile(normalScore z: Double) -> Double
  /// Whether `quantile` is a closed form; when it inverts a CDF
  /// numerically, a simulation samples through a ``QuantileTable``.
  var hasFastQuantile: Bool { get }
}

extension Distribution {
  public var hasFastQuantile: Bool { true }

  /// Through the uniform Φ(z), kept in the open interval every quantile
  /// function accepts (Φ rounds to 0 or 1 beyond ±8.3).
  public func quantile(normalScore z: Double) -> Double {
    quantile(min(max(StandardNormal.cdf(z), 0x1p-53), 1 - 0x1p-53))
  }

  /// The standard deviation.
  public var standardDeviation: Double { variance.squareRoot() }

  /// The draw that the uniform `u` in (0, 1) maps to.
  @inlinable
  public func sample(uniform u: Double) -> Double { quantile(u) }
}

/// Parameters that do not describe a distribution, in words a scenario
/// author understands.
public struct DistributionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, such as "min 5 > mode 3".
  public let message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
