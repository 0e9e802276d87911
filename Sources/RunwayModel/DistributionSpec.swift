/// A distribution as a scenario states it: the family and its parameters.
///
/// The model only describes; the engine turns a spec into a sampler of the
/// numerics core. Parameters are checked by the scenario file's validator
/// (min ≤ mode ≤ max, positive spreads), so a spec in a model is valid.
public struct DistributionSpec: Hashable, Sendable, CustomStringConvertible {
  /// The family and its parameters.
  public enum Family: Hashable, Sendable {
    case fixed(value: Double)
    case uniform(min: Double, max: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case pert(min: Double, mode: Double, max: Double, shape: Double)
    case normal(mean: Double, standardDeviation: Double)
    /// A lognormal by the mean and standard deviation of the quantity.
    case lognormal(mean: Double, standardDeviation: Double)
    /// A lognormal by its median and 90th percentile.
    case lognormalPercentiles(median: Double, p90: Double)
    case beta(alpha: Double, beta: Double, min: Double, max: Double)
    case discrete(values: [Double], weights: [Double])
    case bernoulli(probability: Double)
  }

  public var family: Family
  /// Optional truncation bounds (continuous families only).
  public var lower: Double?
  public var upper: Double?
  /// Where the figures come from, or the reasoning, for the report's
  /// assumptions table.
  public var source: String?

  public init(
    _ family: Family, lower: Double? = nil, upper: Double? = nil, source: String? = nil
  ) {
    self.family = family
    self.lower = lower
    self.upper = upper
    self.source = source
  }

  /// Whether it takes a few values, each with its weight.
  public var isDiscrete: Bool {
    switch family {
    case .discrete, .bernoulli: true
    default: false
    }
  }

  /// The family's name as written in a scenario file.
  public var name: String {
    switch family {
    case .fixed: "fixed"
    case .uniform: "uniform"
    case .triangular: "triangular"
    case .pert: "pert"
    case .normal: "normal"
    case .lognormal, .lognormalPercentiles: "lognormal"
    case .beta: "beta"
    case .discrete: "discrete"
    case .bernoulli: "bernoulli"
    }
  }

  /// The parameters by their names in a scenario file, in order, with
  /// the truncation bounds last.
  public var parameters: [(String, Double)] {
    var list: [(String, Double)] =
      switch family {
      case .fixed(let value): [("value", value)]
      case .uniform(let min, let max): [("min", min), ("max", max)]
      case .triangular(let min, let mode, let max): [("min", min), ("mode", mode), ("max", max)]
      case .pert(let min, let mode, let max, let shape):
        [("min", min), ("mode", mode), ("max", max), ("shape", shape)]
      case .normal(let mean, let sd), .lognormal(let mean, let sd): [("mean", mean), ("sd", sd)]
      case .lognormalPercentiles(let median, let p90): [("median", median), ("p90", p90)]
      case .beta(let alpha, let beta, let min, let max):
        [("alpha", alpha), ("beta", beta), ("min", min), ("max", max)]
      case .discrete(let values, let weights):
        values.indices.map { ("value \($0 + 1)", values[$0]) }
          + weights.indices.map { ("weight \($0 + 1)", weights[$0]) }
      case .bernoulli(let probability): [("probability", probability)]
      }
    if let lower { list.append(("lower", lower)) }
    if let upper { list.append(("upper", upper)) }
    return list
  }

  /// `pert(min 8000000.0, mode 10000000.0, max 15000000.0, shape 4.0)`.
  public var description: String {
    "\(name)(" + parameters.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
  }
}
