/// Sobol's variance-based sensitivity indices of a function of independent
/// factors, estimated from two independent samples A and B of the factors
/// and, for each factor i, the sample A with column i taken from B (ABᵢ).
///
/// - First order Sᵢ (the share of the variance due to factor i alone):
///   Saltelli et al. (2010), *Comput. Phys. Commun.* 181, 259–270, table 2
///   (b): mean of f(B)·(f(ABᵢ) − f(A)), over V.
/// - Total STᵢ (factor i with all its interactions): Jansen (1999), the
///   same table's (f): mean of (f(A) − f(ABᵢ))² / 2, over V.
///
/// V is the variance of f over A and B pooled. Each estimate is a mean of
/// per-row terms, so its standard error is theirs over √N (divided by V):
/// the tolerance a test or a reader should allow.
public struct SobolIndices: Hashable, Sendable {
  /// An index and its standard error.
  public struct Estimate: Hashable, Sendable {
    public var value: Double
    public var standardError: Double
  }

  public var firstOrder: [Estimate]
  public var total: [Estimate]
  /// The variance of the function's output.
  public var variance: Double
  /// Rows in each of A and B.
  public var samples: Int

  /// Estimates the indices of `f` over `samples` rows.
  ///
  /// `a(row, factor)` and `b(row, factor)` give the factors' coordinates in
  /// the two samples, which must be independent draws of the same joint
  /// distribution with independent factors; `f` is called
  /// `samples × (factors + 2)` times.
  public init(
    samples: Int, factors: Int, a: (Int, Int) -> Double, b: (Int, Int) -> Double,
    f: ([Double]) -> Double
  ) {
    precondition(samples > 1 && factors > 0, "two rows and one factor at least")
    var fA = [Double](repeating: 0, count: samples)
    var fB = fA
    var firstTerms = [Moments](repeating: Moments(), count: factors)
    var totalTerms = firstTerms
    for j in 0..<samples {
      let rowA = (0..<factors).map { a(j, $0) }
      let rowB = (0..<factors).map { b(j, $0) }
      fA[j] = f(rowA)
      fB[j] = f(rowB)
      for i in 0..<factors {
        var row = rowA
        row[i] = rowB[i]
        let fAB = f(row)
        firstTerms[i].add(fB[j] * (fAB - fA[j]))
        totalTerms[i].add((fA[j] - fAB) * (fA[j] - fAB) / 2)
      }
    }
    let variance = Moments(fA + fB).variance
    func estimate(_ terms: Moments) -> Estimate {
      Estimate(value: terms.mean / variance, standardError: terms.standardError / variance)
    }
    self.init(
      firstOrder: firstTerms.map(estimate), total: totalTerms.map(estimate), variance: variance,
      samples: samples)
  }

  public init(firstOrder: [Estimate], total: [Estimate], variance: Double, samples: Int) {
    self.firstOrder = firstOrder
    self.total = total
    self.variance = variance
    self.samples = samples
  }
}
