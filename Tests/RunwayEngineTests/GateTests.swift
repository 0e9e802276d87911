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

  /// Shared outcomes, a shared risk, contingent flows and a gate together,
  /// with only discrete events random: the Monte Carlo mean agrees with
  /// the analytic rNPV within 3 standard errors.
  ///
  /// The EU Phase 3 (10M) goes ahead only where the market is worth 40M,
  /// not 5M: 0.5 × (5M − 2M) / 1.1 is less than its cost.
  @Test func theMonteCarloFollowsTheTreeOfLinksConditionsAndGates() throws {
    let text =
      Valuing.settings(horizon: "2026")
        + """
        variables:
          market: {distribution: discrete, values: [5M, 40M], weights: [1, 1]}
        risks:
          mechanism: {name: Mechanism of action, successProbability: 70%}
        programs:
          eu:
            name: EU
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 2M, dependsOn: {risk: mechanism, successProbability: 80%}}
              - {name: Phase 3, duration: 1, cost: 10M, costCurve: lump-start, successProbability: 50%, gate: {knowing: [$market]}}
          jp:
            name: Japan
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 1M, sameOutcomeAs: {program: eu, phase: Phase 2}}
              - {name: Phase 3, duration: 1, cost: 3M, successProbability: 60%}
        deals:
          market:
            kind: cash-flows
            counterparty: Market
            flows:
              - {amount: $market, label: value at launch, when: {program: eu, event: approval}}
              - {amount: -2M, label: launch costs, when: {program: eu, event: approval}}
              - {amount: -0.5M, label: wind-down, when: {program: jp, event: phase-failure, phase: Phase 3}}
          partner:
            kind: cash-flows
            counterparty: Partner
            flows:
              - {amount: 8M, label: both approved, when: {all: [{program: eu, event: approval}, {program: jp, event: approval}]}}
        """
    let result = try Valuing.run(text, paths: 100_000)
    let gate = try #require(result.decisions?.gates.first)
    #expect(gate.stopsWhen == [["market": 5e6]])
    // Reached where the mechanism works and Phase 2 succeeds: 0.7 × 0.8.
    #expect(abs(gate.probabilityReached - 0.56) < 1e-12)
    #expect(abs(gate.probabilityStopped - 0.28) < 1e-12)
    #expect(abs(result.monteCarlo.mean - result.rnpv) < 3 * result.monteCarlo.standardError)
    for component in result.components {
      #expect(
        abs(component.mean - component.rnpv) <= 3 * component.monteCarlo.standardError + 1e-6,
        "\(component.id)")
    }
  }
}
