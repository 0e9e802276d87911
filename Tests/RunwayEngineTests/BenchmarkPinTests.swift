import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// The benchmark scenario's figures at 20,480 paths, pinned as the engine
/// computed them on 2026-12-01 (commit 5c14677), so that work on the
/// engine's speed cannot move a figure unnoticed (issue 19).
///
/// This pins figures; it does not show they are right: the Monte Carlo
/// against the analytic rNPV and the published examples do that
/// elsewhere. Bit for bit while the arithmetic is unchanged. A change that
/// integrates differently or reorders floating-point sums sets the
/// tolerance it needs below and says why.
struct BenchmarkPinTests {
  /// Relative tolerance on every pinned figure.
  ///
  /// Bit for bit until the sales after a loss of exclusivity became a
  /// closed form (the same day): they were a three-point Gauss–Legendre
  /// integral within 10⁻⁸ of it. The figures moved by 2·10⁻⁹ at most
  /// (delta-korea's value to its licensee, a difference of larger flows).
  static let tolerance = 1e-8

  @Test func figuresAreAsPinned() throws {
    let path = ScenarioExpectationTests.folder.appendingPathComponent("bench-portfolio.yaml").path
    let scenario = try ScenarioFile.load(path: path).get().scenario
    let result = try Valuation.run(
      scenario, options: Valuation.Options(paths: 20_480, threads: 2))
    let mc = result.monteCarlo
    var figures: [(String, Double, Double)] = [
      ("npv", result.npv, 1377058907.7122152),
      ("rnpv", result.rnpv, 98761790.95830259),
      ("mean", mc.mean, 100698402.80482282),
      ("standard deviation", mc.standardDeviation, 267242611.66557717),
      ("tail mean 5 %", mc.tailMean5, -93327771.32697307),
      ("P(NPV < 0)", mc.probabilityNegative, 0.6560546875),
      ("p5", mc.percentiles.p5, -78221617.22726575),
      ("p50", mc.percentiles.p50, -26864962.77574235),
      ("p95", mc.percentiles.p95, 657550921.9855608),
      ("peak funding mean", result.cash.peakFundingNeed.mean, 37077843.457761675),
      ("peak funding p90", result.cash.peakFundingNeed.percentiles.p90, 101672750.40000002),
      ("2036 expected flow", result.cashflows[10].expected, 12329014.616461197),
      ("2036 mean cash", result.cashflows[10].cashPosition.mean, -11153115.697816571),
    ]
    let components: [(String, rnpv: Double, mean: Double, sd: Double, p50: Double)] = [
      ("alpha", 5896123.795610748, 6666285.680400988, 81102329.60610339, -14_895_209),
      ("beta", 16970691.87064015, 18182108.82918281, 117329808.81585228, -14135928.5),
      ("gamma", 22949287.6278629, 23071132.816658355, 132158852.78069592, -13312728.5),
      ("delta", 34385617.67298665, 34459018.36442903, 168159545.48052445, -12_809_332),
      ("rca", 6410411.308631852, 6264119.261595303, 2889674.395809012, 7_714_368),
      ("feder", 1780915.4862058503, 1780203.9692528464, 111357.20939097856, 1813647.125),
      ("gamma-japan", 7772110.337698521, 7676717.339816355, 7314636.906558321, 4788725.5),
      ("delta-korea", 2596632.8586659227, 2598816.5434871116, 2528071.1928276275, 1801801.75),
    ]
    #expect(result.components.map(\.id) == components.map(\.0))
    for (pinned, component) in zip(components, result.components) {
      figures += [
        ("\(pinned.0) rNPV", component.rnpv, pinned.rnpv),
        ("\(pinned.0) mean", component.mean, pinned.mean),
        ("\(pinned.0) standard deviation", component.monteCarlo.standardDeviation, pinned.sd),
        ("\(pinned.0) p50", component.monteCarlo.percentiles.p50, pinned.p50),
      ]
    }
    figures += [
      (
        "gamma-japan to the licensee", try #require(result.components[6].counterpartyValue?.mean),
        -3792561.7300318903
      ),
      (
        "delta-korea to the licensee", try #require(result.components[7].counterpartyValue?.mean),
        -49942.38880492034
      ),
    ]
    for (name, value, pinned) in figures {
      let moved = abs(value - pinned) / max(abs(pinned), .leastNormalMagnitude)
      #expect(moved <= Self.tolerance, "\(name): \(value), pinned \(pinned)")
    }
  }
}
