/// Repairs a symmetric matrix with unit diagonal that is not positive
/// semi-definite into the nearest correlation matrix.
///
/// Hand-typed correlation matrices are often inconsistent (A with B 0.9,
/// B with C 0.9, A with C −0.5 cannot all hold). Higham's alternating
/// projections with Dykstra's correction ("Computing the nearest
/// correlation matrix — a problem from finance", IMA J. Numer. Anal. 22
/// (2002) 329–343) find the closest valid matrix in the Frobenius norm,
/// alternating between the positive semi-definite cone (clip negative
/// eigenvalues, by LAPACK's eigen-decomposition) and unit diagonals.
public enum NearestCorrelation {
  /// The nearest correlation matrix to `matrix`, made strictly positive
  /// definite (eigenvalues at least `minimumEigenvalue` before the final
  /// rescaling to unit diagonal) so that its Cholesky factor exists.
  public static func repair(
    _ matrix: Matrix, tolerance: Double = 1e-12, maximumIterations: Int = 1000,
    minimumEigenvalue: Double = 1e-8
  ) throws(LinearAlgebraError) -> Matrix {
    let n = matrix.rows
    var y = matrix
    var correction = Matrix(rows: n, columns: n)
    for _ in 0..<maximumIterations {
      var r = y
      for index in r.storage.indices { r.storage[index] -= correction.storage[index] }
      let x = try SymmetricEigen(r).reassembled { Swift.max($0, 0) }
      for index in x.storage.indices {
        correction.storage[index] = x.storage[index] - r.storage[index]
      }
      var next = x
      for i in 0..<n { next[i, i] = 1 }
      let change = zip(next.storage, y.storage).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
      let size = next.storage.reduce(0) { $0 + $1 * $1 }
      y = next
      if change <= tolerance * tolerance * size { break }
    }
    return try positiveDefinite(y, minimumEigenvalue: minimumEigenvalue)
  }

  /// Lifts eigenvalues below `minimumEigenvalue` to it, then rescales to a
  /// unit diagonal: a change of the order of `minimumEigenvalue` that turns
  /// a semi-definite matrix (say, two variables correlated at exactly 1)
  /// into one that Cholesky accepts.
  public static func positiveDefinite(_ matrix: Matrix, minimumEigenvalue: Double = 1e-8)
    throws(LinearAlgebraError) -> Matrix
  {
    var lifted = try SymmetricEigen(matrix).reassembled { Swift.max($0, minimumEigenvalue) }
    let n = matrix.rows
    let scale = (0..<n).map { 1 / lifted[$0, $0].squareRoot() }
    for j in 0..<n {
      for i in 0..<n { lifted[i, j] *= scale[i] * scale[j] }
      lifted[j, j] = 1
    }
    return lifted
  }
}
