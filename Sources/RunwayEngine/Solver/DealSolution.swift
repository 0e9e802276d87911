/// A solved deal term: its value, what the deal achieves there, and how
/// precisely, given the Monte Carlo error.
public struct DealSolution: Codable, Hashable, Sendable {
  public var deal: String
  public var term: String
  /// The term's value that reaches the target.
  public var value: Double
  /// The Monte Carlo error of the achieved figure carried to the term:
  /// its standard error over the slope of the figure in the term; `nil`
  /// where the figure does not move with the term.
  public var valueStandardError: Double?
  /// What the target is about, and its value.
  public var figure: DealTarget.Figure
  public var target: Double
  /// The figure at the solution, with its Monte Carlo standard error (0
  /// for an rNPV, which is analytic).
  public var achieved: Double
  public var achievedStandardError: Double
  /// Both sides' rNPV and Monte Carlo mean at the solution; the
  /// counterparty's where the deal values it.
  public var ourRNPV: Double
  public var ourMean: Double
  public var counterpartyRNPV: Double?
  public var counterpartyMean: Double?
  /// Valuations made, each on the same random numbers.
  public var evaluations: Int
  public var paths: Int
  public var seed: UInt64
  public var currency: String
}
