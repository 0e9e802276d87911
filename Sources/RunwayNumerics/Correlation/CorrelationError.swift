import Foundation

/// A correlation matrix that cannot be used or repaired.
///
/// These are the mistakes of shape and range that are typing errors rather
/// than inconsistencies.
/// Indices are zero-based; the scenario layer maps them to variable names.
public enum CorrelationError: Error, Hashable, Sendable, LocalizedError {
  case notSquare(rows: Int, columns: Int)
  case diagonalNotOne(index: Int, value: Double)
  case outOfRange(row: Int, column: Int, value: Double)
  case notSymmetric(row: Int, column: Int, upper: Double, lower: Double)

  public var errorDescription: String? {
    switch self {
    case .notSquare(let rows, let columns):
      "a correlation matrix must be square, got \(rows)×\(columns)"
    case .diagonalNotOne(let index, let value):
      "diagonal entry \(index + 1) is \(value); a variable's correlation with itself is 1"
    case .outOfRange(let row, let column, let value):
      "entry (\(row + 1), \(column + 1)) is \(value); a correlation lies in -1...1"
    case .notSymmetric(let row, let column, let upper, let lower):
      "entries (\(row + 1), \(column + 1)) = \(upper) and (\(column + 1), \(row + 1)) = \(lower) differ; a correlation matrix is symmetric"
    }
  }
}
