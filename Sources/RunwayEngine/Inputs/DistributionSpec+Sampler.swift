import RunwayModel
import RunwayNumerics

extension DistributionSpec {
  /// The numerics core's distribution for this spec, truncated when the
  /// spec has bounds.
  ///
  /// The scenario file's validator builds it too, so that a spec the
  /// engine would refuse (a truncation that holds no probability) is an
  /// error located in the file; here, an error means a model built by hand.
  public func distribution() throws(DistributionError) -> any Distribution {
    let base: any Distribution =
      switch family {
      case .fixed(let value): try Fixed(value)
      case .uniform(let min, let max): try Uniform(min: min, max: max)
      case .triangular(let min, let mode, let max): try Triangular(min: min, mode: mode, max: max)
      case .pert(let min, let mode, let max, let shape):
        try PERT(min: min, mode: mode, max: max, shape: shape)
      case .normal(let mean, let sd): try Normal(mean: mean, standardDeviation: sd)
      case .lognormal(let mean, let sd): try Lognormal(mean: mean, standardDeviation: sd)
      case .lognormalPercentiles(let median, let p90): try Lognormal(median: median, p90: p90)
      case .beta(let alpha, let beta, let min, let max):
        try Beta(alpha: alpha, beta: beta, lower: min, upper: max)
      case .discrete(let values, let weights): try Discrete(values: values, weights: weights)
      case .bernoulli(let probability): try Bernoulli(probability: probability)
      }
    guard lower != nil || upper != nil else { return base }
    return try truncate(base)
  }

  private func truncate<Base: Distribution>(_ base: Base) throws(DistributionError)
    -> any Distribution
  {
    try Truncated(base, lower: lower ?? -.infinity, upper: upper ?? .infinity)
  }
}
