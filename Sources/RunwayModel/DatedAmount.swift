/// A payment on a fixed date.
public struct DatedAmount: Hashable, Sendable {
  public var date: Day
  public var amount: Quantity
  public var label: String?
  /// The event the payment waits for, if any: it is paid only on paths
  /// where the event happens, on the later of `date` and the event's day.
  public var when: ContingentEvent?

  public init(date: Day, amount: Quantity, label: String? = nil, when: ContingentEvent? = nil) {
    self.date = date
    self.amount = amount
    self.label = label
    self.when = when
  }
}
