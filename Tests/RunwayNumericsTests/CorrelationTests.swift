import Testing

@testable import RunwayNumerics

struct CorrelationTests {
  @Test func higham2002ExampleIsRepairedToThePublishedMatrix() throws {
    // Higham (2002), §4: the nearest correlation matrix to
    // [[1,1,0],[1,1,1],[0,1,1]] is [[1, .7607, .1573], [.7607, 1, .7607],
    // [.1573, .7607, 1]] to the four digits printed.
    let repaired = try NearestCorrelation.repair(Matrix([[1, 1, 0], [1, 1, 1], [0, 1, 1]]))
    let expected: [[Double]] = [[1, 0.7607, 0.1573], [0.7607, 1, 0.7607], [0.1573, 0.7607, 1]]
    for i in 0..<3 {
      for j in 0..<3 {
        #expect(abs(repaired[i, j] - expected[i][j]) < 5e-5, "(\(i), \(j)) = \(repaired[i, j])")
      }
    }
    #expect(try SymmetricEigen(repaired).values[0] > 0)
  }

  @Test func anInconsistentMatrixIsRepairedWithAWarning() throws {
    let names = ["cost", "duration", "sales"]
    let copula = try GaussianCopula(Matrix([[1, 0.9, -0.5], [0.9, 1, 0.9], [-0.5, 0.9, 1]]))
    let repair = try #require(copula.repair)
    // numpy.linalg.eigvalsh of the given matrix: −0.54711, 1.5, 2.04711.
    #expect(abs(repair.smallestEigenvalueBefore - -0.5471) < 5e-5)
    #expect(repair.adjustments.count == 3)
    let message = repair.message(names: names)
    #expect(
      message.hasPrefix(
        "correlation matrix is not positive semi-definite (smallest eigenvalue -0.5471)"))
    #expect(message.contains("cost–sales -0.5 → "))
    #expect(try SymmetricEigen(copula.correlation).values[0] > 0)
  }

  @Test func aConsistentMatrixIsLeftAlone() throws {
    let copula = try GaussianCopula(Matrix([[1, 0.3], [0.3, 1]]))
    #expect(copula.repair == nil)
    #expect(copula.correlation[0, 1] == 0.3)
  }

  @Test func perfectCorrelationStillFactors() throws {
    let copula = try GaussianCopula(Matrix([[1, 1], [1, 1]]))
    #expect(copula.repair == nil)
    #expect(copula.correlation[0, 1] > 0.999_999)
  }

  @Test func typingMistakesAreErrors() {
    #expect(throws: CorrelationError.diagonalNotOne(index: 1, value: 0.9)) {
      try GaussianCopula(Matrix([[1, 0.2], [0.2, 0.9]]))
    }
    #expect(throws: CorrelationError.outOfRange(row: 1, column: 0, value: 1.2)) {
      try GaussianCopula(Matrix([[1, 1.2], [1.2, 1]]))
    }
    #expect(throws: CorrelationError.notSymmetric(row: 0, column: 1, upper: 0.3, lower: 0.2)) {
      try GaussianCopula(Matrix([[1, 0.3], [0.2, 1]]))
    }
  }

  @Test func spearmanInputsBecomeTheCopulaParameter() {
    // ρ = 2·sin(π·ρs/6): 0.5 → 2·sin(π/12) = 0.517638…; ±1 and 0 are fixed.
    #expect(isClose(CorrelationMeasure.spearman.copulaParameter(0.5), 0.5176380902050415))
    #expect(isClose(CorrelationMeasure.spearman.copulaParameter(1), 1))
    #expect(CorrelationMeasure.spearman.copulaParameter(0) == 0)
    #expect(
      isClose(CorrelationMeasure.spearman.statedValue(copulaParameter: 0.5176380902050415), 0.5))
  }

  /// Rank correlations of 100,000 draws match the Spearman targets within
  /// 0.01: the standard error of a sample Spearman coefficient is about
  /// (1 − ρs²)/√n ≤ 0.0032, so 0.01 is three of them.
  @Test(arguments: [false, true])
  func sampledRankCorrelationsMatchTheTargets(useBLAS: Bool) throws {
    let targets = Matrix([[1, 0.5, -0.3], [0.5, 1, 0.2], [-0.3, 0.2, 1]])
    let copula = try GaussianCopula(targets, measure: .spearman)
    let paths = 100_000
    let streams = ["a", "b", "c"].map { RandomStream(seed: 11, name: $0) }
    var normals = Matrix(rows: paths, columns: 3)
    for (j, stream) in streams.enumerated() {
      for path in 0..<paths {
        normals[path, j] = StandardNormal.quantile(stream.uniform(path: UInt64(path), draw: 0))
      }
    }
    if useBLAS { copula.correlateWithBLAS(&normals) } else { copula.correlateWithLoop(&normals) }
    // Any monotone marginal keeps the ranks: use PERT and lognormal.
    let pert = try PERT(min: 0, mode: 1, max: 5)
    let lognormal = try Lognormal(median: 10, p90: 20)
    let columns = (0..<3).map { j in (0..<paths).map { StandardNormal.cdf(normals[$0, j]) } }
    let a = columns[0].map { pert.quantile($0) }
    let b = columns[1].map { lognormal.quantile($0) }
    let c = columns[2]
    #expect(abs(RankCorrelation.spearman(a, b) - 0.5) < 0.01)
    #expect(abs(RankCorrelation.spearman(a, c) + 0.3) < 0.01)
    #expect(abs(RankCorrelation.spearman(b, c) - 0.2) < 0.01)
  }

  @Test func blasAndLoopAgree() throws {
    let k = 20
    var matrix = Matrix.identity(k)
    for i in 0..<k { for j in 0..<k where i != j { matrix[i, j] = 0.3 } }
    let copula = try GaussianCopula(matrix)
    let stream = RandomStream(seed: 5, name: "z")
    var viaLoop = Matrix(rows: 50, columns: k)
    for index in viaLoop.storage.indices {
      viaLoop.storage[index] = StandardNormal.quantile(stream.uniform(path: UInt64(index), draw: 0))
    }
    var viaBLAS = viaLoop
    copula.correlateWithLoop(&viaLoop)
    copula.correlateWithBLAS(&viaBLAS)
    #expect(zip(viaLoop.storage, viaBLAS.storage).allSatisfy { abs($0 - $1) < 1e-13 })
  }
}
