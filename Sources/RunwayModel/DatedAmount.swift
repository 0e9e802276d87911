/// A payment on a fixed date.
public struct DatedAmount: Hashable, Sendable {
  public var date: Day
  public var amount: Quantity
  public var label: String?
  /// What the payment waits for, if anything: it is paid only on paths
  /// where the condition holds, on the later of `date` and its day.
  public var when: FlowCondition?

  public init(date: Day, amount: Quantity, label: String? = nil, when: FlowCondition? = nil) {
    self.date = date
    self.amount = amount
    self.label = label
    self.when = when
  }
}
