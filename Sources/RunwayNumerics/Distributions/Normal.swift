/// The normal distribution with a mean and a standard deviation.
public struct Normal: Distribution, Hashable {
  public let mean: Double
  public let standardDeviation: Double

  public init(mean: Double, standardDeviation: Double) throws(DistributionError) {
    guard mean.isFinite, standardDeviation.isFinite else {
      throw DistributionError("mean and standard deviation must be finite")
    }
    guard standardDeviation > 0 else {
      throw DistributionError("standard deviation \(standardDeviation) must be positive")
    }
    self.mean = mean
    self.standardDeviation = standardDeviation
  }

  public var variance: Double { standardDeviation * standardDeviation }
  public var support: ClosedRange<Double> { -Double.infinity...Double.infinity }

  public func cdf(_ x: Double) -> Double {
    StandardNormal.cdf((x - mean) / standardDeviation)
  }

  public func quantile(_ p: Double) -> Double {
    mean + standardDeviation * StandardNormal.quantile(p)
  }

  /// μ + σz directly, without the round trip through Φ.
  public func quantile(normalScore z: Double) -> Double { mean + standardDeviation * z }

  public var description: String { "normal(mean \(mean), sd \(standardDeviation))" }
}
