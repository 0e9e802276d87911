import Foundation
import RunwayEngine
import Testing

/// rNPV against values built by hand: p·M·DF for one milestone, and the
/// decision tree of a chain of phases; and the Monte Carlo mean against
/// both, within three standard errors.
struct RiskAdjustmentTests {
  /// One phase of one year from the valuation date, then a 10M milestone
  /// on approval (day 365).
  static func milestone(successProbability: String, variables: String = "") -> String {
    Valuing.settings() + variables + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, successProbability: \(successProbability)}
      deals:
        licensee:
          kind: out-licence
          counterparty: Licensee
          program: drug
          milestones:
            - {event: approval, amount: 10M}
      """
  }

  /// One phase of one year with probability 40 %, then a 10M milestone on
  /// approval, 365 days after the valuation date: rNPV = 0.4 × 10M × 1.1⁻¹.
  @Test func oneMilestoneIsProbabilityTimesAmountTimesDiscount() throws {
    let text = Self.milestone(successProbability: "40%")
    let result = try Valuing.run(text, paths: 100_000)
    let expected = 0.4 * 10e6 * Valuing.discount(0.10, days: 365)
    let deal = try #require(result.component("licensee"))
    #expect(abs(deal.rnpv - expected) < 1e-6)
    #expect(abs(deal.npv - 10e6 / 1.1) < 1e-6)
    #expect(abs(deal.mean - expected) < 3 * deal.monteCarlo.standardError)
    // The milestone is binary: the sample is 0 or M·DF, so P50 is 0 and P90 is M·DF.
    #expect(deal.monteCarlo.percentiles.p50 == 0)
    #expect(abs(deal.monteCarlo.percentiles.p90 - 10e6 / 1.1) < 1)
  }

  /// Three phases of one year from 2021-01-01 (2M, 5M and 20M; 60 %, 35 %
  /// and 55 %), then a 100M milestone on approval.
  static let chainOfPhases =
    Valuing.settings() + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 1, start: 2021-01-01, duration: 1, cost: 2M, successProbability: 60%}
            - {name: Phase 2, duration: 1, cost: 5M, successProbability: 35%}
            - {name: Phase 3, duration: 1, cost: 20M, successProbability: 55%}
      deals:
        licensee:
          kind: out-licence
          counterparty: Licensee
          program: drug
          milestones:
            - {event: approval, amount: 100M}
      """

  /// A chain of three phases, then a milestone on approval.
  ///
  /// Three one-year phases fill 2021, 2022 and 2023 (each spends its cost
  /// in its own year, dated 31 December), then a milestone on approval
  /// on 2024-01-01 (day 1095). The tree: the first phase is always paid,
  /// the second with p1, the third with p1·p2, the milestone with p1·p2·p3.
  @Test func aChainOfPhasesIsItsDecisionTree() throws {
    let text = Self.chainOfPhases
    let result = try Valuing.run(text, paths: 200_000)
    let (p1, p2, p3) = (0.60, 0.35, 0.55)
    let df = { (days: Double) in Valuing.discount(0.10, days: days) }
    let costs = -2e6 * df(364) - p1 * 5e6 * df(729) - p1 * p2 * 20e6 * df(1094)
    let milestone = p1 * p2 * p3 * 100e6 * df(1095)
    let program = try #require(result.component("drug"))
    let deal = try #require(result.component("licensee"))
    #expect(abs(program.rnpv - costs) < 1e-6)
    #expect(abs(deal.rnpv - milestone) < 1e-6)
    #expect(abs(result.rnpv - (costs + milestone)) < 1e-6)
    #expect(
      abs(result.npv - (-2e6 * df(364) - 5e6 * df(729) - 20e6 * df(1094) + 100e6 * df(1095))) < 1e-6
    )
    #expect(abs(result.monteCarlo.mean - result.rnpv) < 3 * result.monteCarlo.standardError)
    // The expected flows per period are the tree's too.
    #expect(abs(try #require(result.analyticFlow(in: "2022")) - -p1 * 5e6) < 1e-6)
    #expect(abs(try #require(result.flow("drug", in: "2022")) - -p1 * 5e6) < 0.01 * 5e6)
  }

  /// A probability that is itself uncertain (a beta with mean 30 %) gives
  /// the same rNPV as its mean, and the simulation agrees with it.
  @Test func anUncertainProbabilityIsWeightedByItsMean() throws {
    let text = Self.milestone(
      successProbability: "$success",
      variables: "variables:\n  success: {distribution: beta, alpha: 3, beta: 7}\n")
    let result = try Valuing.run(text, paths: 100_000)
    let expected = 0.3 * 10e6 / 1.1
    #expect(abs(result.rnpv - expected) < 1e-6)
    #expect(abs(result.monteCarlo.mean - expected) < 3 * result.monteCarlo.standardError)
  }

  /// A subsidy of 1M on 2021-12-31 with a 20 % chance of being clawed back
  /// in full two years later (2023-12-31, day 1094).
  @Test func aClawbackIsWeightedByItsProbability() throws {
    let text =
      Valuing.settings() + """
        funding:
          grant:
            kind: subsidy
            schedule:
              - {date: 2021-12-31, amount: 1M}
            clawback: {probability: 20%, share: 100%, delay: 2}
        """
    let result = try Valuing.run(text, paths: 50_000)
    let expected =
      1e6 * Valuing.discount(0.1, days: 364) - 0.2 * 1e6 * Valuing.discount(0.1, days: 364 + 730)
    #expect(abs(result.rnpv - expected) < 1e-6)
    #expect(abs(result.monteCarlo.mean - expected) < 3 * result.monteCarlo.standardError)
    // One path in five keeps the grant's time value only: P10 is that.
    let clawedBack = 1e6 * (Valuing.discount(0.1, days: 364) - Valuing.discount(0.1, days: 1094))
    #expect(abs(result.monteCarlo.percentiles.p10 - clawedBack) < 1e-6)
  }
}
