import Foundation
import Testing

@testable import RunwayNumerics

struct LinearAlgebraTests {
  @Test func gemmMultipliesLikeByHand() throws {
    let a = Matrix([[1, 2, 3], [4, 5, 6]])
    let b = Matrix([[7, 8], [9, 10], [11, 12]])
    // Row 1: 1·7 + 2·9 + 3·11 = 58, 1·8 + 2·10 + 3·12 = 64; row 2: 139, 154.
    #expect(try BLAS.product(a, b).rowArrays == [[58, 64], [139, 154]])
    #expect(try BLAS.product(a, transposeA: true, a).rowArrays[0] == [17, 22, 27])
    #expect(throws: LinearAlgebraError.self) { try BLAS.product(a, a) }
  }

  @Test func gemvMultipliesAVector() throws {
    var y = [0.0, 0.0]
    try BLAS.gemv(Matrix([[1, 2, 3], [4, 5, 6]]), [1, 0, -1], into: &y)
    #expect(y == [-2, -2])
  }

  @Test func choleskyReproducesTheMatrix() throws {
    // A textbook matrix with an integer factor: L = [[2,0,0],[6,1,0],[-8,5,3]].
    let a = Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
    let lower = try Cholesky(a).lower
    #expect(lower.rowArrays == [[2, 0, 0], [6, 1, 0], [-8, 5, 3]])
    #expect(try BLAS.product(lower, lower, transposeB: true) == a)
  }

  @Test func choleskyNamesTheFailingColumn() {
    // The leading 2×2 minor 1·1 − 2·2 is negative: column 2 fails.
    let a = Matrix([[1, 2, 0], [2, 1, 0], [0, 0, 1]])
    #expect(throws: LinearAlgebraError.notPositiveDefinite(column: 2)) { try Cholesky(a) }
    #expect(
      LinearAlgebraError.notPositiveDefinite(column: 3).localizedDescription
        == "matrix is not positive definite at column 3")
  }

  @Test func eigenDecompositionOfAKnownMatrix() throws {
    // [[2, 1], [1, 2]] has eigenvalues 1 and 3, eigenvectors (1, ∓1)/√2.
    let eigen = try SymmetricEigen(Matrix([[2, 1], [1, 2]]))
    #expect(isClose(eigen.values[0], 1, relative: 1e-15))
    #expect(isClose(eigen.values[1], 3, relative: 1e-15))
    #expect(isClose(abs(eigen.vectors[0, 0]), 0.5.squareRoot(), relative: 1e-15))
    let rebuilt = eigen.reassembled { $0 }
    #expect(zip(rebuilt.storage, [2.0, 1, 1, 2]).allSatisfy { isClose($0, $1, relative: 1e-15) })
  }

  @Test func leastSquaresRecoversALine() throws {
    // y = 3 + 2x exactly, plus an over-determined noisy fit whose normal
    // equations are solved by hand: x = 0, 1, 2, 3 and y = 1, 3, 2, 5 give
    // slope 1.1 and intercept 1.1 (x̄ = 1.5, ȳ = 2.75, Sxy = 5.5, Sxx = 5).
    let design = Matrix([[1, 0], [1, 1], [1, 2], [1, 3]])
    let exact = try LeastSquares.solve(design, [3, 5, 7, 9])
    #expect(isClose(exact[0], 3, relative: 1e-14) && isClose(exact[1], 2, relative: 1e-14))
    let fit = try LeastSquares.solve(design, [1, 3, 2, 5])
    #expect(isClose(fit[0], 1.1, relative: 1e-14) && isClose(fit[1], 1.1, relative: 1e-14))
  }

  @Test func leastSquaresReportsARankDeficientDesign() {
    let design = Matrix([[1, 2], [1, 2], [1, 2]])
    #expect(throws: LinearAlgebraError.rankDeficient(column: 2)) {
      try LeastSquares.solve(design, [1, 2, 3])
    }
  }
}
