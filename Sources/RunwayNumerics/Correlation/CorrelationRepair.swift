/// What repairing a correlation matrix changed, for the warning a user
/// reads: the smallest eigenvalue before repair and each entry that moved.
public struct CorrelationRepair: Hashable, Sendable {
  /// One off-diagonal entry (upper triangle, zero-based) and its move.
  public struct Adjustment: Hashable, Sendable {
    public let row: Int
    public let column: Int
    public let before: Double
    public let after: Double
  }

  /// The smallest eigenvalue of the matrix as given (negative, or the
  /// matrix would not have needed repair).
  public let smallestEigenvalueBefore: Double
  /// Entries that moved by more than 5e-5 (visible at four decimals),
  /// largest move first.
  public let adjustments: [Adjustment]

  /// The warning text, naming variables by `names` (indexed as the matrix).
  public func message(names: [String]) -> String {
    let moves = adjustments.map { adjustment in
      let pair = "\(names[adjustment.row])–\(names[adjustment.column])"
      return "\(pair) \(Self.format(adjustment.before)) → \(Self.format(adjustment.after))"
    }
    return "correlation matrix is not positive semi-definite (smallest eigenvalue "
      + "\(Self.format(smallestEigenvalueBefore))); repaired to the nearest correlation matrix: "
      + (moves.isEmpty ? "no entry moved by more than 0.0001" : moves.joined(separator: ", "))
  }

  private static func format(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded() / 10_000
    return scaled == 0 ? "0" : String(scaled)
  }
}
