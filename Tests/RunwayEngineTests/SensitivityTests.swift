import Foundation
import RunwayEngine
import Testing

/// The tornado, the global measures and the Sobol indices of scenarios
/// whose answers follow from their distributions by hand.
struct SensitivityTests {
  /// Two flows: X ~ uniform(1M, 3M) on 2022-01-01 (day 365, factor 1/1.1)
  /// and Y ~ normal(0, 1M) on the valuation date (factor 1).
  static let twoFlows =
    Valuing.settings() + """
      deals:
        project:
          kind: cash-flows
          counterparty: C
          flows:
            - {date: 2022-01-01, amount: {distribution: uniform, min: 1M, max: 3M}}
            - {date: 2021-01-01, amount: {distribution: normal, mean: 0, sd: 1M}}
      """

  /// X's P10 and P90 are 1.2M and 2.8M, so the rNPV swings from 2M/1.1 to
  /// 1.2M/1.1 and 2.8M/1.1 (a range of 1.4545M); Y's are ∓1.2815516M
  /// (z₀.₉ = 1.2815516), a range of 2.563M: Y's bar comes first.
  @Test func tornadoSwingsEachInputToItsP10AndP90() throws {
    let tornado = try Valuing.run(Self.twoFlows, paths: 10).tornado
    #expect(abs(tornado.base - 2e6 / 1.1) < 1e-6)
    let y = tornado.bars[0]
    let x = tornado.bars[1]
    #expect(y.input == "deals.project.flows[1].amount")
    #expect(abs(y.low + 1.2815516e6) < 1 && abs(y.high - 1.2815516e6) < 1)
    #expect(abs(y.rnpvAtLow - (2e6 / 1.1 - 1.2815516e6)) < 1)
    #expect(abs(y.rnpvAtHigh - (2e6 / 1.1 + 1.2815516e6)) < 1)
    #expect(abs(x.low - 1.2e6) < 1e-6 && abs(x.high - 2.8e6) < 1e-6)
    #expect(abs(x.rnpvAtLow - 1.2e6 / 1.1) < 1e-6)
    #expect(abs(x.rnpvAtHigh - 2.8e6 / 1.1) < 1e-6)
    #expect(abs(x.range - 1.6e6 / 1.1) < 1e-6)
  }

  /// The run report's contributions see a milestone that counts only on
  /// approval, which a line cannot.
  ///
  /// One phase passed with probability 1/2 (A), then a milestone
  /// S ~ uniform(5M, 15M) (mean 10M, variance 100/12): NPV = d·A·S, in M.
  /// Var(E[NPV | A]) = d²·10²/4 = 25d², Var(NPV) = d²(E[A]E[S²] −
  /// (E[A]E[S])²) = d²(108.33/2 − 25) = 29.17d², so the outcome explains
  /// 6/7 alone; E[NPV | S] = d·S/2 gives S (100/12)/4 / 29.17 = 1/14.
  @Test func contributionsSeeAnOutcomeThatGatesAnAmount() throws {
    let text =
      Valuing.settings() + """
        programs:
          a:
            name: A
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
        deals:
          la:
            kind: out-licence
            counterparty: P
            program: a
            milestones:
              - {event: approval, amount: {distribution: uniform, min: 5M, max: 15M}}
        """
    let result = try Valuing.run(text, paths: 20_000)
    let contributions = try #require(result.contributions)
    #expect(contributions.paths == GlobalSensitivity.runPaths)
    let outcome = try #require(
      contributions.factors.first { $0.name == "programs.a phases passed" })
    let amount = try #require(
      contributions.factors.first { $0.name == "deals.la.milestones[0].amount" })
    #expect(abs(outcome.firstOrder - 6.0 / 7) < 0.01)
    #expect(abs(amount.firstOrder - 1.0 / 14) < 0.01)
  }

  /// NPV = X₁ + X₂ on the valuation date with X₁ ~ N(10M, 3M) and
  /// X₂ ~ N(5M, 4M): σ = 5M, so the SRCs are 3/5 and 4/5, the variance
  /// shares 0.36 and 0.64, R² = 1 (the fit is exact), and the rank
  /// correlations (6/π)·asin(ρ/2) for ρ = 0.6 and 0.8: 0.5836 and 0.7859.
  @Test func globalMeasuresOfASumOfTwoNormals() throws {
    let text =
      Valuing.settings() + """
        deals:
          project:
            kind: cash-flows
            counterparty: C
            flows:
              - {date: 2021-01-01, amount: {distribution: normal, mean: 10M, sd: 3M}}
              - {date: 2021-01-01, amount: {distribution: normal, mean: 5M, sd: 4M}}
        """
    let simulation = try Valuation.simulate(
      Valuing.scenario(text), options: Valuation.Options(paths: 20_000, seed: 3, threads: 2),
      keepInputs: true)
    let global = try GlobalSensitivity(simulation)
    #expect(
      global.factors.map(\.name) == [
        "deals.project.flows[1].amount", "deals.project.flows[0].amount",
      ])
    #expect(abs(global.rSquared - 1) < 1e-9)
    let (second, first) = (global.factors[0], global.factors[1])
    #expect(abs(first.standardizedCoefficient - 0.6) < 0.02)
    #expect(abs(second.standardizedCoefficient - 0.8) < 0.02)
    #expect(abs(first.varianceShare - 0.36) < 0.02 && abs(second.varianceShare - 0.64) < 0.02)
    #expect(abs(first.rankCorrelation - 6 / Double.pi * asin(0.3)) < 0.02)
    #expect(abs(second.rankCorrelation - 6 / Double.pi * asin(0.4)) < 0.02)
    // The program-free scenario has no outcome factor, and nothing constant.
    #expect(global.constant.isEmpty)
  }

  /// Sobol indices of a milestone that is paid only on approval.
  ///
  /// A milestone M ~ uniform(0, 20M) (μ = 10M, σ² = 100M²/3) paid on
  /// approval of a phase that succeeds with p = 1/2: f ∝ B·M. In units of
  /// 1M²: V = p(σ² + μ²) − p²μ² = 125/3, S_B = p(1−p)μ²/V = 3/5,
  /// S_M = p²σ²/V = 1/5, and since they are the only two factors,
  /// ST_B = 1 − S_M = 4/5 and ST_M = 1 − S_B = 2/5. The development outcome
  /// is a factor of its own.
  @Test func sobolIndicesSeeTheInteractionOfSuccessAndAmount() throws {
    let text =
      Valuing.settings() + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
        deals:
          licensee:
            kind: out-licence
            counterparty: Licensee
            program: drug
            milestones:
              - {event: approval, amount: {distribution: uniform, min: 0, max: 20M}}
        """
    let sobol = try SobolSensitivity(Valuing.scenario(text), samples: 20_000)
    let outcome = try #require(
      sobol.factors.first { $0.name == "programs.drug development outcome" })
    let amount = try #require(
      sobol.factors.first { $0.name == "deals.licensee.milestones[0].amount" })
    for (factor, first, total) in [(outcome, 0.6, 0.8), (amount, 0.2, 0.4)] {
      #expect(abs(factor.firstOrder - first) < 4 * factor.firstOrderStandardError, "\(factor)")
      #expect(abs(factor.total - total) < 4 * factor.totalStandardError, "\(factor)")
      #expect(factor.firstOrderStandardError < 0.02 && factor.totalStandardError < 0.02)
    }
    #expect(sobol.factors.first?.name == "programs.drug development outcome")
  }
}
