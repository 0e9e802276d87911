import COpenBLAS

/// Eigenvalues and eigenvectors of a symmetric matrix, `A = V · Λ · Vᵀ`,
/// computed by LAPACK's divide-and-conquer `dsyevd`.
public struct SymmetricEigen: Sendable {
  /// Eigenvalues in ascending order.
  public let values: [Double]
  /// Orthonormal eigenvectors, one per column, in the order of `values`.
  public let vectors: Matrix

  /// Decomposes `matrix`, reading its lower triangle.
  public init(_ matrix: Matrix) throws(LinearAlgebraError) {
    guard matrix.isSquare else {
      throw .dimensionMismatch(
        "eigen-decomposition needs a square matrix, got \(matrix.rows)×\(matrix.columns)")
    }
    var n = Int32(matrix.rows)
    guard n > 0 else {
      values = []
      vectors = matrix
      return
    }
    var lda = n
    var info: Int32 = 0
    var a = matrix
    var w = [Double](repeating: 0, count: Int(n))
    var jobz = CChar(UInt8(ascii: "V"))
    var uplo = CChar(UInt8(ascii: "L"))
    BLAS.useOneThread()
    // Workspace query first (lwork = liwork = -1), then the real call.
    var lwork: Int32 = -1
    var liwork: Int32 = -1
    var workSize = 0.0
    var iworkSize: Int32 = 0
    a.storage.withUnsafeMutableBufferPointer { aPointer in
      dsyevd_(
        &jobz, &uplo, &n, aPointer.baseAddress, &lda, &w, &workSize, &lwork, &iworkSize,
        &liwork, &info, 1, 1)
    }
    if info == 0 {
      lwork = Int32(workSize)
      liwork = iworkSize
      var work = [Double](repeating: 0, count: Int(lwork))
      var iwork = [Int32](repeating: 0, count: Int(liwork))
      a.storage.withUnsafeMutableBufferPointer { aPointer in
        dsyevd_(
          &jobz, &uplo, &n, aPointer.baseAddress, &lda, &w, &work, &lwork, &iwork, &liwork,
          &info, 1, 1)
      }
    }
    if info > 0 { throw .eigenDecompositionDidNotConverge(offDiagonalCount: Int(info)) }
    if info < 0 { throw .illegalArgument(routine: "dsyevd", position: Int(-info)) }
    values = w
    vectors = a
  }

  /// Rebuilds `V · diag(f(λ)) · Vᵀ`, the matrix with the same eigenvectors
  /// and each eigenvalue mapped by `transform`.
  public func reassembled(mapping transform: (Double) -> Double) -> Matrix {
    let n = values.count
    var scaled = vectors
    for j in 0..<n {
      let factor = transform(values[j])
      for i in 0..<n { scaled[i, j] *= factor }
    }
    var result = Matrix(rows: n, columns: n)
    // Both operands have the right shape by construction: this cannot throw.
    try? BLAS.gemm(scaled, vectors, transposeB: true, into: &result)
    return result
  }
}
