import COpenBLAS

/// Least-squares solutions of `A · x ≈ b` by LAPACK's QR-based `dgels`.
public enum LeastSquares {
  /// The coefficients `x` minimising `‖A · x − b‖₂` for a tall matrix `A`
  /// (at least as many rows as columns) of full column rank.
  ///
  /// - Throws: ``LinearAlgebraError/rankDeficient(column:)`` when a column
  ///   of `A` is a combination of the others (e.g. two identical inputs).
  public static func solve(_ a: Matrix, _ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    guard a.rows == b.count, a.rows >= a.columns, a.columns > 0 else {
      throw .dimensionMismatch(
        "least squares needs a tall (\(a.rows)×\(a.columns)) matrix and \(a.rows) observations, got \(b.count)"
      )
    }
    var trans = CChar(UInt8(ascii: "N"))
    var m = Int32(a.rows)
    var n = Int32(a.columns)
    var nrhs: Int32 = 1
    var lda = m
    var ldb = m
    var info: Int32 = 0
    var matrix = a
    var rhs = b
    var lwork: Int32 = -1
    var workSize = 0.0
    BLAS.useOneThread()
    matrix.storage.withUnsafeMutableBufferPointer { aPointer in
      dgels_(
        &trans, &m, &n, &nrhs, aPointer.baseAddress, &lda, &rhs, &ldb, &workSize, &lwork, &info, 1)
    }
    if info == 0 {
      lwork = Int32(workSize)
      var work = [Double](repeating: 0, count: Int(lwork))
      matrix.storage.withUnsafeMutableBufferPointer { aPointer in
        dgels_(
          &trans, &m, &n, &nrhs, aPointer.baseAddress, &lda, &rhs, &ldb, &work, &lwork, &info, 1)
      }
    }
    if info > 0 { throw .rankDeficient(column: Int(info)) }
    if info < 0 { throw .illegalArgument(routine: "dgels", position: Int(-info)) }
    // dgels reports only an exactly zero diagonal of R; after rounding, a
    // dependent column leaves one of order ε·‖R‖ instead. Its R overwrites
    // the top of `matrix`: treat such a diagonal as zero too.
    let diagonal = (0..<a.columns).map { abs(matrix[$0, $0]) }
    let threshold = Double(a.rows) * Double.ulpOfOne * (diagonal.max() ?? 0)
    if let column = diagonal.firstIndex(where: { $0 <= threshold }) {
      throw .rankDeficient(column: column + 1)
    }
    return Array(rhs.prefix(a.columns))
  }
}
