import COpenBLAS

/// Matrix products through OpenBLAS (`dgemm`, `dgemv`).
public enum BLAS {
  /// `C = alpha · op(A) · op(B) + beta · C`, where `op` transposes when asked.
  ///
  /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` when the inner
  ///   dimensions or the shape of `c` do not agree.
  public static func gemm(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false,
    alpha: Double = 1, beta: Double = 0, into c: inout Matrix
  ) throws(LinearAlgebraError) {
    let m = transposeA ? a.columns : a.rows
    let k = transposeA ? a.rows : a.columns
    let kB = transposeB ? b.columns : b.rows
    let n = transposeB ? b.rows : b.columns
    guard k == kB, c.rows == m, c.columns == n else {
      throw .dimensionMismatch("(\(m)×\(k)) · (\(kB)×\(n)) into (\(c.rows)×\(c.columns))")
    }
    guard m > 0, n > 0 else { return }
    useOneThread()
    let lda = max(1, a.rows)
    let ldb = max(1, b.rows)
    let ldc = max(1, c.rows)
    a.storage.withUnsafeBufferPointer { aPointer in
      b.storage.withUnsafeBufferPointer { bPointer in
        c.storage.withUnsafeMutableBufferPointer { cPointer in
          cblas_dgemm(
            CblasColMajor, transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k), alpha,
            aPointer.baseAddress, Int32(lda), bPointer.baseAddress, Int32(ldb), beta,
            cPointer.baseAddress, Int32(ldc))
        }
      }
    }
  }

  /// The product `op(A) · op(B)` as a new matrix.
  public static func product(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false
  ) throws(LinearAlgebraError) -> Matrix {
    var c = Matrix(
      rows: transposeA ? a.columns : a.rows, columns: transposeB ? b.rows : b.columns)
    try gemm(a, transposeA: transposeA, b, transposeB: transposeB, into: &c)
    return c
  }

  /// `y = alpha · op(A) · x + beta · y`.
  public static func gemv(
    _ a: Matrix, transpose: Bool = false, _ x: [Double], alpha: Double = 1, beta: Double = 0,
    into y: inout [Double]
  ) throws(LinearAlgebraError) {
    let expectedX = transpose ? a.rows : a.columns
    let expectedY = transpose ? a.columns : a.rows
    guard x.count == expectedX, y.count == expectedY else {
      throw .dimensionMismatch(
        "(\(a.rows)×\(a.columns))\(transpose ? "ᵀ" : "") · [\(x.count)] into [\(y.count)]")
    }
    guard a.rows > 0, a.columns > 0 else { return }
    useOneThread()
    a.storage.withUnsafeBufferPointer { aPointer in
      x.withUnsafeBufferPointer { xPointer in
        y.withUnsafeMutableBufferPointer { yPointer in
          cblas_dgemv(
            CblasColMajor, transpose ? CblasTrans : CblasNoTrans, Int32(a.rows),
            Int32(a.columns), alpha, aPointer.baseAddress, Int32(a.rows), xPointer.baseAddress, 1,
            beta, yPointer.baseAddress, 1)
        }
      }
    }
  }

  /// Sets OpenBLAS to one thread for the rest of the process, and stops
  /// the threads it started for itself.
  ///
  /// Runway parallelises over batches of paths with Dispatch, one worker
  /// per core; OpenBLAS's own threads inside each worker's call would
  /// oversubscribe the cores. Idle, they still spin on `sched_yield` for
  /// 2²⁸ cycles after the library loads, on a core the workers need: they
  /// are joined. Made once, at the first call into OpenBLAS or LAPACK
  /// (each calls this first, so none can be on the pool as it stops) or
  /// the first parallel loop. Nothing may call `openblas_set_num_threads`
  /// afterwards: it starts the pool again.
  public static func useOneThread() {
    _ = oneThread
  }

  private static let oneThread: Void = {
    openblas_set_num_threads(1)
    runway_stop_openblas_threads()
  }()
}
