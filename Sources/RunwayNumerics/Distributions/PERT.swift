/// The PERT distribution: a beta on [min, max] whose mode is the "most
/// likely" estimate, the three-point estimate project and finance people
/// give for costs and durations.
///
/// With shape λ (4 in the classic PERT), α = 1 + λ·(mode − min)/(max − min)
/// and β = 1 + λ·(max − mode)/(max − min), so the mean is
/// (min + λ·mode + max)/(λ + 2). A larger λ concentrates the mass at the
/// mode (Vose, *Risk Analysis*, 3rd ed., §III.7, "modified PERT").
public struct PERT: Distribution, Hashable {
  public let min: Double
  public let mode: Double
  public let max: Double
  public let shape: Double
  private let beta: Beta

  public init(min: Double, mode: Double, max: Double, shape: Double = 4)
    throws(DistributionError)
  {
    guard min.isFinite, mode.isFinite, max.isFinite else {
      throw DistributionError("min, mode and max must be finite")
    }
    guard min <= mode, mode <= max, min < max else {
      throw DistributionError("needs min ≤ mode ≤ max with min < max, got \(min), \(mode), \(max)")
    }
    guard shape > 0, shape.isFinite else {
      throw DistributionError("shape \(shape) must be positive")
    }
    self.min = min
    self.mode = mode
    self.max = max
    self.shape = shape
    let range = max - min
    beta = try Beta(
      alpha: 1 + shape * (mode - min) / range, beta: 1 + shape * (max - mode) / range,
      lower: min, upper: max)
  }

  public var mean: Double { beta.mean }
  public var variance: Double { beta.variance }
  public var support: ClosedRange<Double> { min...max }
  public func cdf(_ x: Double) -> Double { beta.cdf(x) }
  public func quantile(_ p: Double) -> Double { beta.quantile(p) }
  public var hasFastQuantile: Bool { false }
  public var description: String { "pert(\(min), \(mode), \(max), shape \(shape))" }
}
