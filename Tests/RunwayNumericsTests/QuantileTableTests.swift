import RunwayNumerics
import Testing

/// The tabulated quantile agrees with the exact one.
///
/// To 10⁻⁹ of the distribution's range for |z| ≤ 5 (all but 6 draws in ten million),
/// from shapes below one (U-shaped) to the tight betas of phase-success
/// probabilities, and for PERT and a truncated normal. Beyond, up to the
/// table's edge at 6, the exact quantile itself is only good to about
/// 10⁻⁸: Φ(z) is within 10⁻⁹ of 1 and a double carries it to 10⁻¹⁶, which
/// the steep tail magnifies; the table is held to that bound there.
struct QuantileTableTests {
  static let cases: [(String, any Distribution, Double)] = {
    var cases: [(String, any Distribution, Double)] = []
    for (alpha, beta) in [(0.5, 0.5), (1, 1), (2, 5), (30.7, 69.3), (58.1, 41.9), (0.8, 12)] {
      if let distribution = try? Beta(alpha: alpha, beta: beta) {
        cases.append(("beta(\(alpha), \(beta))", distribution, 1))
      }
    }
    if let pert = try? PERT(min: 8e6, mode: 10e6, max: 15e6) {
      cases.append(("pert(8M, 10M, 15M)", pert, 7e6))
    }
    if let normal = try? Normal(mean: 0.3, standardDeviation: 0.2),
      let truncated = try? Truncated(normal, lower: 0, upper: 1)
    {
      cases.append(("normal truncated to [0, 1]", truncated, 1))
    }
    return cases
  }()

  @Test func everyCaseIsBuilt() { #expect(Self.cases.count == 8) }

  @Test(arguments: 0..<cases.count)
  func agreesWithTheExactQuantile(index: Int) {
    let (name, distribution, width) = Self.cases[index]
    let table = QuantileTable(distribution)
    var body = 0.0
    var tails = 0.0
    for step in 0...26_000 {
      let z = -6.5 + 13 * Double(step) / 26_000
      let exact = distribution.quantile(StandardNormal.cdf(z))
      let error = abs(table.quantile(normalScore: z) - exact)
      if abs(z) <= 5 { body = max(body, error) } else { tails = max(tails, error) }
    }
    #expect(body < 1e-9 * width, "\(name): worst error \(body) for |z| ≤ 5")
    #expect(tails < 1e-8 * width, "\(name): worst error \(tails) for |z| > 5")
  }
}
