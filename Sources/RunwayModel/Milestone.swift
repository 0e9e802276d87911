/// A payment due when an event happens.
public struct Milestone: Hashable, Sendable {
  public var event: ProgramEvent
  public var amount: Quantity

  public init(event: ProgramEvent, amount: Quantity) {
    self.event = event
    self.amount = amount
  }
}
