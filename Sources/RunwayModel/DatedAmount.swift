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
