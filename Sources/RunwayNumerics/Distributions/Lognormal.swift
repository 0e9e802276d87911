import Foundation

/// A quantity whose logarithm is normal: positive and right-skewed, the
/// usual model of peak sales and costs.
///
/// Finance people state it in one of two ways, each with its initialiser:
/// by its mean and standard deviation, or by its median and a P90 ("we
/// expect €200M, and there is one chance in ten of more than €350M").
public struct Lognormal: Distribution, Hashable {
  /// Mean of the logarithm.
  public let mu: Double
  /// Standard deviation of the logarithm.
  public let sigma: Double

  /// The lognormal whose logarithm is normal(mu, sigma).
  public init(mu: Double, sigma: Double) throws(DistributionError) {
    guard mu.isFinite, sigma.isFinite, sigma > 0 else {
      throw DistributionError("needs a finite mu and a positive sigma, got \(mu), \(sigma)")
    }
    self.mu = mu
    self.sigma = sigma
  }

  /// The lognormal with this mean and standard deviation of the quantity
  /// itself: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
  public init(mean: Double, standardDeviation: Double) throws(DistributionError) {
    guard mean > 0, standardDeviation > 0 else {
      throw DistributionError(
        "needs a positive mean and standard deviation, got \(mean), \(standardDeviation)")
    }
    let ratio = standardDeviation / mean
    let variance = log1p(ratio * ratio)
    try self.init(mu: log(mean) - variance / 2, sigma: variance.squareRoot())
  }

  /// The lognormal with this median (P50) and 90th percentile:
  /// μ = ln(median), σ = (ln(P90) − μ) / Φ⁻¹(0.9).
  public init(median: Double, p90: Double) throws(DistributionError) {
    guard median > 0, p90 > median else {
      throw DistributionError("needs 0 < median < P90, got median \(median), P90 \(p90)")
    }
    try self.init(mu: log(median), sigma: log(p90 / median) / StandardNormal.quantile(0.9))
  }

  public var mean: Double { exp(mu + sigma * sigma / 2) }
  public var variance: Double { expm1(sigma * sigma) * exp(2 * mu + sigma * sigma) }
  public var support: ClosedRange<Double> { 0...Double.infinity }

  public func cdf(_ x: Double) -> Double {
    x <= 0 ? 0 : StandardNormal.cdf((log(x) - mu) / sigma)
  }

  public func quantile(_ p: Double) -> Double { exp(mu + sigma * StandardNormal.quantile(p)) }

  /// exp(μ + σz) directly: through Φ and back, the score would lose its
  /// last bits and cost an `erfc` and a Φ⁻¹.
  public func quantile(normalScore z: Double) -> Double { exp(mu + sigma * z) }

  public var description: String { "lognormal(mu \(mu), sigma \(sigma))" }
}
