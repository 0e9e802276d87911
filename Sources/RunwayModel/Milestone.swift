/// A payment due when an event happens (by a deadline, if any).
public struct Milestone: Hashable, Sendable {
  public var event: ProgramEvent
  public var amount: Quantity
  /// The last day the event earns the payment.
  public var by: Day?

  public init(event: ProgramEvent, amount: Quantity, by: Day? = nil) {
    self.event = event
    self.amount = amount
    self.by = by
  }
}
