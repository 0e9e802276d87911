/// Something that can happen to a program on a path, on which a payment or
/// a decision depends.
public enum ProgramEvent: Hashable, Sendable, CustomStringConvertible {
  /// The named phase starts.
  case phaseStart(String)
  /// The named phase succeeds (at its end).
  case phaseSuccess(String)
  /// The named phase starts and fails (at its end): the programme stops.
  case phaseFailure(String)
  /// The last phase succeeds.
  case approval
  /// The first sale after launch.
  case firstSale
  /// Annual net sales (in the deal's territory) first reach the threshold.
  case salesThreshold(Quantity)
  /// Cumulative net sales since launch (in the deal's territory) first
  /// reach the threshold.
  case cumulativeSalesThreshold(Quantity)
  /// The marketing application is filed: the last phase (the regulator's
  /// review) starts.
  case filing
  /// The regulator accepts the application for review, 60 days after
  /// filing (FDA: 21 CFR 314.101(a)).
  case acceptance

  public var description: String {
    switch self {
    case .phaseStart(let phase): "start of \(phase)"
    case .phaseSuccess(let phase): "success of \(phase)"
    case .phaseFailure(let phase): "failure of \(phase)"
    case .approval: "approval"
    case .firstSale: "first sale"
    case .salesThreshold(let threshold): "annual sales reaching \(threshold)"
    case .cumulativeSalesThreshold(let threshold): "cumulative sales reaching \(threshold)"
    case .filing: "filing"
    case .acceptance: "acceptance of the filing"
    }
  }
}

/// An event of a named programme, on which a flow is contingent.
public struct ContingentEvent: Hashable, Sendable {
  public var program: String
  public var event: ProgramEvent
  /// The last day the event counts: later, it is as if it had not
  /// happened (a milestone that lapses, a grant's deadline).
  public var by: Day?

  public init(program: String, event: ProgramEvent, by: Day? = nil) {
    self.program = program
    self.event = event
    self.by = by
  }
}
