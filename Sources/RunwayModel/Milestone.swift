/// Something that can happen to a program on a path, on which a payment or
/// a decision depends.
public enum ProgramEvent: Hashable, Sendable, CustomStringConvertible {
  /// The named phase starts.
  case phaseStart(String)
  /// The named phase succeeds (at its end).
  case phaseSuccess(String)
  /// The last phase succeeds.
  case approval
  /// The first sale after launch.
  case firstSale
  /// Annual net sales (in the deal's territory) first reach the threshold.
  case salesThreshold(Quantity)

  public var description: String {
    switch self {
    case .phaseStart(let phase): "start of \(phase)"
    case .phaseSuccess(let phase): "success of \(phase)"
    case .approval: "approval"
    case .firstSale: "first sale"
    case .salesThreshold(let threshold): "annual sales reaching \(threshold)"
    }
  }
}

/// A payment due when an event happens.
public struct Milestone: Hashable, Sendable {
  public var event: ProgramEvent
  public var amount: Quantity

  public init(event: ProgramEvent, amount: Quantity) {
    self.event = event
    self.amount = amount
  }
}

/// A payment on a fixed date.
public struct DatedAmount: Hashable, Sendable {
  public var date: Day
  public var amount: Quantity
  public var label: String?

  public init(date: Day, amount: Quantity, label: String? = nil) {
    self.date = date
    self.amount = amount
    self.label = label
  }
}

/// A probability that something is taken back, and how much of it.
public struct Clawback: Hashable, Sendable {
  public var probability: Quantity
  /// Share of the amount received that is repaid.
  public var share: Quantity
  /// Years after the receipt at which the repayment falls due.
  public var delayYears: Quantity

  public init(probability: Quantity, share: Quantity, delayYears: Quantity) {
    self.probability = probability
    self.share = share
    self.delayYears = delayYears
  }
}
