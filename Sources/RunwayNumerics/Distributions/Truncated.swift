/// A continuous distribution restricted to [lower, upper] and renormalised:
/// a normal cost that cannot go below zero, a duration capped by contract.
///
/// Sampling stays by inversion: u maps to base.quantile(F(lower) +
/// u·(F(upper) − F(lower))). The mean and variance have no closed form in
/// general and are integrated once, at creation, over the quantile function
/// (``TanhSinh``). For a discrete quantity, drop values instead
/// (``Discrete/truncated(lower:upper:)``).
public struct Truncated<Base: Distribution>: Distribution {
  public let base: Base
  public let lower: Double
  public let upper: Double
  private let lowerProbability: Double
  private let upperProbability: Double
  public let mean: Double
  public let variance: Double

  /// Restricts `base` to [lower, upper]; either bound may be infinite.
  public init(_ base: Base, lower: Double = -.infinity, upper: Double = .infinity)
    throws(DistributionError)
  {
    guard lower < upper else {
      throw DistributionError("truncation bounds need lower < upper, got \(lower), \(upper)")
    }
    let low = base.cdf(lower)
    let high = base.cdf(upper)
    guard high - low > 1e-12 else {
      throw DistributionError("\(base) has no probability between \(lower) and \(upper)")
    }
    self.base = base
    self.lower = lower
    self.upper = upper
    lowerProbability = low
    upperProbability = high
    let quantile = { (u: Double) in
      Self.quantile(of: base, at: u, probabilities: low...high, bounds: lower...upper)
    }
    let mean = TanhSinh.integrateUnitInterval(quantile)
    self.mean = mean
    self.variance = Swift.max(
      0,
      TanhSinh.integrateUnitInterval { u in
        let deviation = quantile(u) - mean
        return deviation * deviation
      })
  }

  public var support: ClosedRange<Double> {
    Swift.max(lower, base.support.lowerBound)...Swift.min(upper, base.support.upperBound)
  }

  public func cdf(_ x: Double) -> Double {
    if x < lower { return 0 }
    if x >= upper { return 1 }
    return (base.cdf(x) - lowerProbability) / (upperProbability - lowerProbability)
  }

  public func quantile(_ p: Double) -> Double {
    Self.quantile(
      of: base, at: p, probabilities: lowerProbability...upperProbability, bounds: lower...upper)
  }

  /// As fast as the base's: one base quantile of a rescaled probability.
  public var hasFastQuantile: Bool { base.hasFastQuantile }

  /// The base's quantile at the matching level inside `probabilities`,
  /// clamped to `bounds` against rounding at the edges.
  private static func quantile(
    of base: Base, at p: Double, probabilities: ClosedRange<Double>, bounds: ClosedRange<Double>
  ) -> Double {
    let level = probabilities.lowerBound + p * (probabilities.upperBound - probabilities.lowerBound)
    return Swift.min(bounds.upperBound, Swift.max(bounds.lowerBound, base.quantile(level)))
  }

  public var description: String { "\(base) truncated to [\(lower), \(upper)]" }
}

extension Discrete {
  /// The same distribution with the values outside [lower, upper] removed
  /// and the remaining weights renormalised.
  public func truncated(lower: Double = -.infinity, upper: Double = .infinity)
    throws(DistributionError) -> Discrete
  {
    let kept = zip(values, probabilities).filter { $0.0 >= lower && $0.0 <= upper }
    guard !kept.isEmpty else {
      throw DistributionError("no value of \(self) lies between \(lower) and \(upper)")
    }
    return try Discrete(values: kept.map(\.0), weights: kept.map(\.1))
  }
}
