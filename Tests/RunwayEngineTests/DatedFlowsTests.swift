import Foundation
import RunwayEngine
import Testing

/// Each component's dated flows, which the audit workbook discounts by
/// formula, against the decision tree worked by hand.
struct DatedFlowsTests {
  /// The flows of a chain of phases and a milestone, unrisked and expected.
  ///
  /// Three one-year phases from 2021-01-01 (costs on days 364, 729 and
  /// 1094), then a 100M milestone on approval (day 1095), at 10 %. The
  /// expected flows are the tree's: −2M, −p1·5M, −p1·p2·20M and
  /// p1·p2·p3·100M; the unrisked ones the amounts themselves.
  @Test func theExpectedFlowsAreTheDecisionTree() throws {
    let simulation = try Valuation.simulate(
      Valuing.scenario(RiskAdjustmentTests.chainOfPhases), options: Valuation.Options(paths: 100))
    let flows = simulation.datedFlows()
    #expect(flows.map(\.component) == ["drug", "licensee"])
    let (p1, p2, p3) = (0.60, 0.35, 0.55)
    let drug = flows[0]
    #expect(drug.unrisked.map(\.day) == [364, 729, 1094])
    #expect(drug.unrisked.map(\.amount) == [-2e6, -5e6, -20e6])
    #expect(drug.expected.map(\.day) == [364, 729, 1094])
    for (flow, amount) in zip(drug.expected, [-2e6, -p1 * 5e6, -p1 * p2 * 20e6]) {
      #expect(abs(flow.amount - amount) < 1e-6)
    }
    let deal = flows[1]
    #expect(deal.expected.count == 1)
    #expect(deal.expected.first?.day == 1095)
    #expect(abs((deal.expected.first?.amount ?? 0) - p1 * p2 * p3 * 100e6) < 1e-6)
    #expect((drug.unrisked + drug.expected + deal.expected).allSatisfy { $0.rate == 0.10 })
    #expect(
      (drug.unrisked + deal.expected).allSatisfy { $0.ratePath == "scenario.discountRate" })
    // Discounted as the contract says, they give the result's NPV and rNPV.
    for (component, dated) in zip(simulation.result.components, flows) {
      let npv = dated.unrisked.reduce(0) {
        $0 + $1.amount * Valuing.discount($1.rate, days: $1.day)
      }
      let rnpv = dated.expected.reduce(0) {
        $0 + $1.amount * Valuing.discount($1.rate, days: $1.day)
      }
      #expect(abs(npv - component.npv) < 1e-6)
      #expect(abs(rnpv - component.rnpv) < 1e-6)
    }
  }
}
