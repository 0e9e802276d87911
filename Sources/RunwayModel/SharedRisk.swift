/// A risk that several programmes share, such as whether a cell therapy's
/// mechanism of action works at all: one Bernoulli per path, on which
/// phases of different programmes depend (``PhaseLink/Target/risk(_:)``).
///
/// Without it, programmes resting on one product draw their outcomes
/// independently, and diversification is overstated.
public struct SharedRisk: Hashable, Sendable {
  public var id: String
  public var name: String
  /// Probability that the risk does not materialise (the mechanism works),
  /// as a phase's probability of success.
  public var successProbability: Quantity
  public var source: String?

  public init(id: String, name: String, successProbability: Quantity, source: String? = nil) {
    self.id = id
    self.name = name
    self.successProbability = successProbability
    self.source = source
  }
}
