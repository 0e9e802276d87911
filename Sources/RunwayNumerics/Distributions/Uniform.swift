/// Every value between `min` and `max` equally likely.
public struct Uniform: Distribution, Hashable {
  public let min: Double
  public let max: Double

  public init(min: Double, max: Double) throws(DistributionError) {
    guard min.isFinite, max.isFinite else { throw DistributionError("bounds must be finite") }
    guard min < max else { throw DistributionError("min \(min) must be below max \(max)") }
    self.min = min
    self.max = max
  }

  public var mean: Double { (min + max) / 2 }
  public var variance: Double { (max - min) * (max - min) / 12 }
  public var support: ClosedRange<Double> { min...max }

  public func cdf(_ x: Double) -> Double {
    Swift.min(1, Swift.max(0, (x - min) / (max - min)))
  }

  public func quantile(_ p: Double) -> Double { min + p * (max - min) }
  public var description: String { "uniform(\(min), \(max))" }
}
