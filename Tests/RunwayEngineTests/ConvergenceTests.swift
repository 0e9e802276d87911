import RunwayEngine
import Testing

/// The running mean and standard error, against closed forms.
struct ConvergenceTests {
  /// Over 1, 2, …, n the mean is (n + 1)/2 and the sample variance
  /// n(n + 1)/12, so the standard error is √((n + 1)/12).
  @Test func theRunningFiguresOfOneToN() {
    let convergence = Convergence((1...10_000).map(Double.init))
    let points = convergence.points
    #expect(points.first?.paths == 100 && points.last?.paths == 10_000)
    #expect(points.count == 40)
    #expect(zip(points, points.dropFirst()).allSatisfy { $0.paths < $1.paths })
    for point in points {
      let n = Double(point.paths)
      #expect(abs(point.mean - (n + 1) / 2) < 1e-9 * n)
      #expect(abs(point.standardError - ((n + 1) / 12).squareRoot()) < 1e-9 * n)
    }
  }

  /// Its last point is the run's own mean and standard error.
  @Test func itEndsAtTheRunsMean() throws {
    let result = try Valuing.run(ProbabilityTreeTests.text, paths: 3_000)
    let last = try #require(result.convergence?.points.last)
    #expect(last.paths == 3_000)
    #expect(abs(last.mean - result.monteCarlo.mean) < 1e-9 * abs(result.monteCarlo.mean))
    #expect(
      abs(last.standardError - result.monteCarlo.standardError)
        < 1e-9 * result.monteCarlo.standardError)
  }
}
