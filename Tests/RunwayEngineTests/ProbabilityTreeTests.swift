import RunwayEngine
import Testing

/// A programme's decision tree, by hand: Phase 2 (1M in 2021, passed with
/// 50 %), Phase 3 (2M in 2022, 60 %), then the market.
struct ProbabilityTreeTests {
  static let text =
    Valuing.settings(horizon: "2035") + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 1M, successProbability: 50%}
            - {name: Phase 3, duration: 1, cost: 2M, successProbability: 60%}
          market:
            peakSales: 100M
            yearsToPeak: 3
            lossOfExclusivity: 2030-01-01
            erosion: 20%
      """

  /// Each node by hand.
  ///
  /// Each phase's cost is discounted from its year's last day (days 364
  /// and 729) at 10 %. Where Phase 2 fails the programme is worth its
  /// cost; where Phase 3 fails, both; on the market, its NPV. Weighted by
  /// the endings' chances (0.5, 0.2, 0.3) they give the rNPV.
  @Test func eachNodeCarriesItsChanceCostAndValue() throws {
    let result = try Valuing.run(Self.text, paths: 64)
    let drug = try #require(result.component("drug"))
    let tree = try #require(result.programmes.first { $0.id == "drug" }?.tree)
    let phase2 = -1e6 * Valuing.discount(0.10, days: 364)
    let phase3 = -2e6 * Valuing.discount(0.10, days: 729)
    let market = drug.npv
    #expect(tree.nodes.map(\.name) == ["Phase 2", "Phase 3", "market"])
    let expected:
      [(reaching: Double, passing: Double?, cost: Double?, ends: Double, onReaching: Double)] = [
        (1, 0.5, phase2, phase2, drug.rnpv),
        (0.5, 0.6, phase3, phase2 + phase3, (0.2 * (phase2 + phase3) + 0.3 * market) / 0.5),
        (0.3, nil, nil, market, market),
      ]
    for (node, want) in zip(tree.nodes, expected) {
      #expect(abs(node.probabilityOfReaching - want.reaching) < 1e-12, "\(node.name)")
      #expect(
        node.probabilityOfSuccess.map { abs($0 - want.passing!) < 1e-12 } ?? (want.passing == nil))
      #expect(node.cost.map { abs($0 - want.cost!) < 1e-6 } ?? (want.cost == nil), "\(node.name)")
      #expect(abs(node.valueIfItEndsHere - want.ends) < 1e-6, "\(node.name)")
      #expect(abs(node.valueOnReaching - want.onReaching) < 1e-6, "\(node.name)")
    }
    // The tree's endings add up to the analytic rNPV.
    #expect(abs(0.5 * phase2 + 0.2 * (phase2 + phase3) + 0.3 * market - drug.rnpv) < 1e-6)
  }
}
