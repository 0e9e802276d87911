import Foundation

/// A failure reported by LAPACK through its `info` code, in words.
///
/// LAPACK signals failure by a non-zero `info` rather than by trapping;
/// Runway turns each code into one of these cases so that a bad matrix in a
/// scenario becomes a message, never a crash.
public enum LinearAlgebraError: Error, Hashable, Sendable, LocalizedError {
  /// Cholesky found a leading minor that is not positive (`info > 0` of
  /// `dpotrf`); `column` is one-based, as a person counts.
  case notPositiveDefinite(column: Int)
  /// The eigenvalue iteration did not converge (`info > 0` of `dsyevd`).
  case eigenDecompositionDidNotConverge(offDiagonalCount: Int)
  /// The least-squares design matrix lacks full rank (`info > 0` of
  /// `dgels`); `column` is one-based.
  case rankDeficient(column: Int)
  /// An argument was rejected (`info < 0`): a bug in the caller, reported
  /// all the same rather than trapped.
  case illegalArgument(routine: String, position: Int)
  /// The shapes of the operands do not fit together.
  case dimensionMismatch(String)

  public var errorDescription: String? {
    switch self {
    case .notPositiveDefinite(let column):
      "matrix is not positive definite at column \(column)"
    case .eigenDecompositionDidNotConverge(let count):
      "eigen-decomposition did not converge (\(count) off-diagonal elements left)"
    case .rankDeficient(let column):
      "least-squares matrix is rank deficient at column \(column)"
    case .illegalArgument(let routine, let position):
      "LAPACK \(routine) rejected argument \(position)"
    case .dimensionMismatch(let detail):
      "matrix dimensions do not match: \(detail)"
    }
  }
}
