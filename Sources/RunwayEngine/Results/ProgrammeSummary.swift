/// A programme as a sum-of-the-parts table shows it: where it stands, its
/// chance of reaching the market and when, and its peak sales, every input
/// at base (its NPV, rNPV and distribution are its component's).
public struct ProgrammeSummary: Codable, Hashable, Sendable {
  public var id: String
  public var name: String
  /// Its phases' names, in order: the words for an input's index path.
  public var phases: [String]
  /// The phase under way, or next, on the valuation date; `approved`
  /// after the last.
  public var stage: String
  /// The product of its phases' success probabilities.
  public var probabilityOfApproval: Double
  /// The calendar year of launch (with fraction) if every phase succeeds.
  public var launchYear: Double?
  /// Peak sales at the mean of their distribution.
  public var peakSales: Double?
  /// Its decision tree; `nil` for a partner's programme, whose flows are
  /// not ours.
  public var tree: ProbabilityTree?
}
