/// The triangular distribution on [min, max] with its peak at `mode`.
public struct Triangular: Distribution, Hashable {
  public let min: Double
  public let mode: Double
  public let max: Double

  public init(min: Double, mode: Double, max: Double) throws(DistributionError) {
    guard min.isFinite, mode.isFinite, max.isFinite else {
      throw DistributionError("min, mode and max must be finite")
    }
    guard min <= mode, mode <= max, min < max else {
      throw DistributionError("needs min ≤ mode ≤ max with min < max, got \(min), \(mode), \(max)")
    }
    self.min = min
    self.mode = mode
    self.max = max
  }

  public var mean: Double { (min + mode + max) / 3 }

  public var variance: Double {
    (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18
  }

  public var support: ClosedRange<Double> { min...max }

  private var modeProbability: Double { (mode - min) / (max - min) }

  public func cdf(_ x: Double) -> Double {
    if x <= min { return 0 }
    if x >= max { return 1 }
    if x <= mode { return (x - min) * (x - min) / ((max - min) * (mode - min)) }
    return 1 - (max - x) * (max - x) / ((max - min) * (max - mode))
  }

  public func quantile(_ p: Double) -> Double {
    if p <= modeProbability {
      return min + (p * (max - min) * (mode - min)).squareRoot()
    }
    return max - ((1 - p) * (max - min) * (max - mode)).squareRoot()
  }

  public var description: String { "triangular(\(min), \(mode), \(max))" }
}
