/// A yes/no event with probability `probability` of yes (1) against no (0):
/// a phase's success, a clawback, an option exercised.
public struct Bernoulli: Distribution, Hashable {
  public let probability: Double

  public init(probability: Double) throws(DistributionError) {
    guard probability >= 0, probability <= 1 else {
      throw DistributionError("probability \(probability) lies outside 0...1")
    }
    self.probability = probability
  }

  public var mean: Double { probability }
  public var variance: Double { probability * (1 - probability) }
  public var support: ClosedRange<Double> { 0...1 }

  public func cdf(_ x: Double) -> Double {
    x < 0 ? 0 : (x < 1 ? 1 - probability : 1)
  }

  /// 1 when p > 1 − probability: the top `probability` of the uniforms are
  /// the successes, so a larger probability turns failures into successes
  /// without changing any other path.
  public func quantile(_ p: Double) -> Double { p > 1 - probability ? 1 : 0 }

  public var description: String { "bernoulli(\(probability))" }
}
