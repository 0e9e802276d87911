import COpenBLAS

/// The Cholesky factor `L` of a symmetric positive-definite matrix,
/// `A = L · Lᵀ`, computed by LAPACK's `dpotrf`.
public struct Cholesky: Sendable {
  /// The lower-triangular factor; entries above the diagonal are zero.
  public let lower: Matrix

  /// Factors `matrix`, reading its lower triangle.
  ///
  /// - Throws: ``LinearAlgebraError/notPositiveDefinite(column:)`` with the
  ///   first column (one-based) whose leading minor is not positive.
  public init(_ matrix: Matrix) throws(LinearAlgebraError) {
    guard matrix.isSquare else {
      throw .dimensionMismatch(
        "Cholesky needs a square matrix, got \(matrix.rows)×\(matrix.columns)")
    }
    var n = Int32(matrix.rows)
    var lda = max(1, n)
    var info: Int32 = 0
    var factor = matrix
    if n > 0 {
      BLAS.useOneThread()
      factor.storage.withUnsafeMutableBufferPointer { a in
        var uplo = CChar(UInt8(ascii: "L"))
        dpotrf_(&uplo, &n, a.baseAddress, &lda, &info, 1)
      }
    }
    if info > 0 { throw .notPositiveDefinite(column: Int(info)) }
    if info < 0 { throw .illegalArgument(routine: "dpotrf", position: Int(-info)) }
    for j in 0..<matrix.columns {
      for i in 0..<j { factor[i, j] = 0 }
    }
    lower = factor
  }
}
