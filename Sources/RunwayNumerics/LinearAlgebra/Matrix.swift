/// A dense matrix of `Double` in column-major order, the layout BLAS and
/// LAPACK expect, so that it crosses into them without copying.
public struct Matrix: Hashable, Sendable {
  /// Number of rows.
  public let rows: Int
  /// Number of columns.
  public let columns: Int
  /// Entries in column-major order: entry (i, j) is `storage[i + j * rows]`.
  public var storage: [Double]

  /// A matrix filled with one value.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
    self.rows = rows
    self.columns = columns
    self.storage = Array(repeating: value, count: rows * columns)
  }

  /// A matrix from its rows, as people write one.
  public init(_ rowsOfEntries: [[Double]]) {
    let columnCount = rowsOfEntries.first?.count ?? 0
    precondition(
      rowsOfEntries.allSatisfy { $0.count == columnCount }, "every row needs the same length")
    self.init(rows: rowsOfEntries.count, columns: columnCount)
    for (i, row) in rowsOfEntries.enumerated() {
      for (j, value) in row.enumerated() { self[i, j] = value }
    }
  }

  /// The identity matrix of size `n`.
  public static func identity(_ n: Int) -> Matrix {
    var matrix = Matrix(rows: n, columns: n)
    for i in 0..<n { matrix[i, i] = 1 }
    return matrix
  }

  /// Entry at row `i`, column `j` (both zero-based).
  public subscript(i: Int, j: Int) -> Double {
    get { storage[i + j * rows] }
    set { storage[i + j * rows] = newValue }
  }

  /// Whether the matrix has as many rows as columns.
  public var isSquare: Bool { rows == columns }

  /// The rows as arrays, for printing and tests.
  public var rowArrays: [[Double]] {
    (0..<rows).map { i in (0..<columns).map { j in self[i, j] } }
  }
}
