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
