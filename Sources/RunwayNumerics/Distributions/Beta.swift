/// The beta distribution with shapes α and β, stretched onto [lower, upper]
/// (by default [0, 1]): the natural model of an uncertain probability or
/// share.
public struct Beta: Distribution, Hashable {
  public let alpha: Double
  public let beta: Double
  public let lower: Double
  public let upper: Double
  private let function: IncompleteBeta

  public init(alpha: Double, beta: Double, lower: Double = 0, upper: Double = 1)
    throws(DistributionError)
  {
    guard alpha > 0, beta > 0, alpha.isFinite, beta.isFinite else {
      throw DistributionError("shapes alpha \(alpha) and beta \(beta) must be positive")
    }
    guard lower.isFinite, upper.isFinite, lower < upper else {
      throw DistributionError("needs finite lower < upper, got \(lower), \(upper)")
    }
    self.alpha = alpha
    self.beta = beta
    self.lower = lower
    self.upper = upper
    function = IncompleteBeta(a: alpha, b: beta)
  }

  private var width: Double { upper - lower }

  public var mean: Double { lower + width * alpha / (alpha + beta) }

  public var variance: Double {
    let total = alpha + beta
    return width * width * alpha * beta / (total * total * (total + 1))
  }

  public var support: ClosedRange<Double> { lower...upper }

  public func cdf(_ x: Double) -> Double { function.regularized((x - lower) / width) }

  public func quantile(_ p: Double) -> Double { lower + width * function.inverse(p) }

  /// The quantile inverts the incomplete beta by Newton's method.
  public var hasFastQuantile: Bool { false }

  public var description: String { "beta(\(alpha), \(beta)) on [\(lower), \(upper)]" }
}
