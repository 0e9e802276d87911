/// Why a deal term could not be solved.
public enum DealSolverError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The scenario has no component of that id.
  case unknownDeal(String, known: [String])
  /// The target needs the counterparty's side, which the deal does not value.
  case counterpartyNotValued(String)
  /// Across the range, the figure stays on one side of the target.
  case noSolution(
    target: String, range: ClosedRange<Double>, atLower: Double, atUpper: Double)
  /// The two sides' values add up to nothing whatever the term: the term
  /// moves value from one side to the other, and a share of a zero total
  /// means nothing.
  case zeroSum(String)

  public var description: String {
    switch self {
    case .unknownDeal(let id, let known):
      "the scenario has no deal '\(id)'; its components are \(known.joined(separator: ", "))"
    case .counterpartyNotValued(let id):
      "deals.\(id) does not value the counterparty's side (an out-licence needs counterpartyCosts), so a split or a break-even cannot be solved"
    case .noSolution(let target, let range, let lower, let upper):
      "no value of the term in [\(range.lowerBound), \(range.upperBound)] reaches \(target): "
        + "the figure is \(lower) at \(range.lowerBound) and \(upper) at \(range.upperBound); "
        + "widen --range, or ask for a target between them"
    case .zeroSum(let id):
      "deals.\(id): the two sides' rNPVs add up to zero whatever the term (it moves value from one side to the other), so a share of their total means nothing; solve for rnpv= instead"
    }
  }
}
