import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// Go/no-go gates: a programme continues only where continuing is worth
/// more than stopping, given what is known at the gate.
struct GateTests {
  /// Brealey, Myers and Allen's decision tree for a new drug.
  ///
  /// From Principles of Corporate Finance, ch. 10, "Decision trees": 130 invested in
  /// Phase 3 and prelaunch for 3 years, 80 % success, a value at launch of
  /// 700, 300 or 100 (25/50/25 %) known before the investment, 9.6 %.
  static func drug(gate: String) -> String {
    """
    scenario:
      id: bma
      name: New drug
      valuationDate: 2021-01-01
      currency: USD
      horizon: 2026
      discountRate: 9.6%
    variables:
      launchValue: {distribution: discrete, values: [700M, 300M, 100M], weights: [25, 50, 25]}
    programs:
      drug:
        name: New drug
        phases:
          - {name: Phase 3, start: 2021-01-01, duration: 3, cost: 0, successProbability: 80%\(gate)}
    deals:
      drug-flows:
        kind: cash-flows
        counterparty: Market
        flows:
          - {amount: -130M, label: Phase 3 and prelaunch, when: {program: drug, event: phase-start, phase: Phase 3}}
          - {amount: $launchValue, label: value at launch, when: {program: drug, event: approval}}
    """
  }

  /// The option to stop is worth 17.31.
  ///
  /// Without the option: −130 + 0.8 × 350 / 1.096³ = 82.68. With it, the
  /// drug stops where it is worth 100 (0.8 × 100 / 1.096³ = 60.8 < 130):
  /// 0.25 × (0.8 × 700 / 1.096³ − 130) + 0.5 × (0.8 × 300 / 1.096³ − 130)
  /// = 99.99, the book's figures.
  @Test func theTextbookTreeIsWorthMoreWithTheOptionToStop() throws {
    let growth = 1.096 * 1.096 * 1.096
    let withoutOption = -130 + 0.8 * 350 / growth
    let withOption = 0.25 * (0.8 * 700 / growth - 130) + 0.5 * (0.8 * 300 / growth - 130)
    #expect((withoutOption * 100).rounded() / 100 == 82.68)
    #expect((withOption * 100).rounded() / 100 == 99.99)

    let plain = try Valuing.run(Self.drug(gate: ""), paths: 20_000)
    #expect(abs(plain.rnpv - withoutOption * 1e6) < 1e-3)

    let gated = try Valuing.run(
      Self.drug(gate: ", gate: {knowing: [$launchValue]}"), paths: 20_000)
    #expect(abs(gated.rnpv - withOption * 1e6) < 1e-3)
    #expect(abs(gated.monteCarlo.mean - withOption * 1e6) < 3 * gated.monteCarlo.standardError)
    let decisions = try #require(gated.decisions)
    #expect(abs(decisions.optionValue - (withOption - withoutOption) * 1e6) < 1e-3)
    // Stopped where the value is 100: a quarter of the cases.
    let gate = try #require(decisions.gates.first)
    #expect(abs(gate.probabilityStopped - 0.25) < 1e-12)
    // The drug is approved only where it goes ahead: 0.75 × 0.8.
    #expect(abs(try #require(gated.programmes.first).probabilityOfApproval - 0.6) < 1e-12)
  }

  /// A gate that knows nothing decides once, on the expectation: the drug
  /// goes ahead (82.68 > 0), so the value is the plain tree's.
  @Test func aGateThatKnowsNothingDecidesOnTheExpectation() throws {
    let gated = try Valuing.run(Self.drug(gate: ", gate: {}"), paths: 2_000)
    #expect(abs(gated.rnpv - (-130 + 0.8 * 350 / (1.096 * 1.096 * 1.096)) * 1e6) < 1e-3)
    #expect(try #require(gated.decisions).optionValue == 0)
  }
}
