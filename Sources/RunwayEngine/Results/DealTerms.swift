/// A licence's terms as a business-development lead quotes them, beside
/// what they are worth: the headline and the royalty actually earned.
public struct DealTerms: Codable, Hashable, Sendable {
  /// The "biobucks": the upfront and every milestone, undiscounted and
  /// unrisked, at their mean (received positive, paid negative); `nil`
  /// for a licence with neither.
  public var headline: Double?
  /// The annual sales of the licensed territories at the programme's
  /// median peak sales, on which the royalty is read.
  public var royaltySales: Double?
  /// The tiered royalty on those sales over the sales: the rate the
  /// tiers come to at the peak a board expects.
  public var effectiveRoyalty: Double?
}
