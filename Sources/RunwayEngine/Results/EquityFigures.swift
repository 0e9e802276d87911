/// What the company's shares are worth, and what each priced raise does
/// to the value per share.
public struct EquityFigures: Codable, Hashable, Sendable {
  /// Shares outstanding on the valuation date, when stated.
  public var sharesOutstanding: Double?
  /// The analytic equity value divided by the shares.
  public var valuePerShare: Double?
  public var raises: [RaiseEffect]
}

/// One equity raise: its cash, its price, and the value per share after
/// it against before it.
public struct RaiseEffect: Codable, Hashable, Sendable {
  public var id: String
  public var investor: String
  public var date: String
  /// The amount at its mean, and its present value on the valuation date.
  public var amount: Double
  public var presentValue: Double
  /// `nil` when the raise states no price: its dilution cannot be shown.
  public var pricePerShare: Double?
  public var newShares: Double?
  /// The share of the company the raise buys, where its price says: its
  /// amount over the post-money value, or its new shares over all.
  public var stake: Double?
  public var valuePerShareBefore: Double?
  public var valuePerShareAfter: Double?
  /// `accretive`, `neutral`, `dilutive`, or `unknown` without a price or
  /// without the shares outstanding.
  public var effect: String
}
