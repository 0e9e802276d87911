import Foundation
import RunwayEngine
import RunwayModel
import RunwayScenarioFile
import Testing

/// The deal solver against terms solved by hand.
struct DealSolverTests {
  /// A royalty deal whose two sides are linear in the rate.
  ///
  /// A drug approved for sure on 2022-01-01 selling 100M in 2022 (the
  /// horizon), out-licensed for a royalty `rate`; the licensee keeps half
  /// of sales after its costs (20 % COGS, 30 % operating). Both sides
  /// discount at 10 %, and the 2022 flows are dated 31 December (day 729):
  /// ours = r·100M·d and theirs = (0.5 − r)·100M·d, d = 1.1^(−729/365).
  static func royaltyDeal(rate: Double) throws -> Scenario {
    try Valuing.scenario(
      Valuing.settings(horizon: "2022") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, peakSales: 100M, yearsToPeak: 0, cogs: 0, operatingCosts: 0}
        deals:
          licensee:
            kind: out-licence
            counterparty: L
            program: drug
            royalty: {tiers: [{rate: \(rate)}]}
            counterpartyCosts: {cogs: 20%, operatingCosts: 30%}
        """)
  }

  static let options = Valuation.Options(paths: 1_000, seed: 5, threads: 2, batchSize: 1_024)

  static func solve(_ target: DealTarget) throws -> DealSolution {
    try DealSolver.solve(
      deal: "licensee", term: "royalty.tiers[0].rate", target: target, range: 0...1,
      options: options, scenario: royaltyDeal(rate:))
  }

  /// Ours is linear in r, so each target has its rate by hand: 50/50 at
  /// r = 25 %; the licensee breaks even at 50 %; ours = 5M at
  /// r = 5M/(100M·d) = 0.05·1.1^(729/365); with nothing uncertain the P10
  /// is the value itself (to the seven digits a path's value is kept to).
  @Test func linearTermsAreSolvedExactly() throws {
    let d = Valuing.discount(0.10, days: 729)
    let share = try Self.solve(.ourShare(0.5))
    #expect(abs(share.value - 0.25) < 1e-9)
    #expect(abs(share.achieved - 0.5) < 1e-9)
    #expect(abs(share.ourRNPV - 25e6 * d) < 1e-3)
    #expect(abs(try #require(share.counterpartyRNPV) - 25e6 * d) < 1e-3)
    #expect(abs(try Self.solve(.counterpartyBreaksEven).value - 0.5) < 1e-9)
    #expect(abs(try Self.solve(.ourRNPV(5e6)).value - 0.05 / d) < 1e-9)
    #expect(abs(try Self.solve(.ourMean(5e6)).value - 0.05 / d) < 1e-9)
    // Percentiles come from per-path values kept to seven digits (Float).
    #expect(abs(try Self.solve(.ourP10(5e6)).value - 0.05 / d) < 1e-6)
  }

  /// Ours is at most 100M·d ≈ 82.6M at r = 100 %: 200M cannot be reached,
  /// and the error gives the figure at both ends of the range.
  @Test func anUnreachableTargetSaysWhy() throws {
    #expect {
      try Self.solve(.ourRNPV(200e6))
    } throws: { error in
      guard case .noSolution(_, let range, let lower, let upper) = error as? DealSolverError
      else { return false }
      return range == 0...1 && lower == 0
        && abs(upper - 100e6 * Valuing.discount(0.10, days: 729)) < 1e-3
    }
    #expect(throws: DealSolverError.self) {
      try DealSolver.solve(
        deal: "nobody", term: "upfront", target: .ourRNPV(0), range: 0...1,
        options: Self.options, scenario: Self.royaltyDeal(rate:))
    }
  }

  /// An upfront solved on a risky deal for a Monte Carlo mean lands within
  /// its Monte Carlo error; for the rNPV, it is exact.
  ///
  /// An upfront U paid on the valuation date and a 10M milestone on
  /// approval (p = 40 %, day 365): ours = U + 0.4·10M/1.1 in expectation,
  /// so ours = 5M at U = 5M − 4M/1.1 = 1,363,636.36. On 100,000 paths the
  /// Monte Carlo error of that answer is the milestone's,
  /// √(0.4·0.6/100,000)·10M/1.1 = 14,084, which the solver must report, and
  /// the answer must lie within three of them.
  @Test func anUncertainDealIsSolvedWithinItsMonteCarloError() throws {
    func solve(_ target: DealTarget) throws -> DealSolution {
      try DealSolver.solve(
        deal: "licensee", term: "upfront", target: target, range: 0...10e6,
        options: Valuation.Options(paths: 100_000, seed: 9, threads: 2)
      ) { upfront in
        try Valuing.scenario(
          RiskAdjustmentTests.milestone(successProbability: "40%").replacingOccurrences(
            of: "    program: drug\n",
            with: "    program: drug\n    signed: 2021-01-01\n    upfront: \(upfront)\n"))
      }
    }
    let solution = try solve(.ourMean(5e6))
    let error = (0.4 * 0.6 / 100_000).squareRoot() * 10e6 / 1.1
    #expect(abs(try #require(solution.valueStandardError) - error) < 0.02 * error)
    #expect(abs(solution.value - (5e6 - 4e6 / 1.1)) < 3 * error)
    #expect(abs(solution.achieved - 5e6) < 1e-3)
    let exact = try solve(.ourRNPV(5e6))
    #expect(abs(exact.value - (5e6 - 4e6 / 1.1)) < 1e-3)
    #expect(exact.achievedStandardError == 0)
  }

  /// A licence and a cash-flows deal with one partner, grouped, are solved
  /// as one.
  ///
  /// Ours is the upfront U (on the valuation
  /// date), 10 % of 100M in 2022 (day 729) and a 1M payment to the partner
  /// on 2021-06-30 (day 180): U + 10M·d₇₂₉ − 1M·d₁₈₀ = 20M.
  @Test func aGroupOfDealsIsSolvedAsOne() throws {
    func scenario(_ upfront: Double, partner: String = "L") throws -> String {
      Valuing.settings(horizon: "2022")
        + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, peakSales: 100M, yearsToPeak: 0, cogs: 0, operatingCosts: 0}
        deals:
          licence:
            kind: out-licence
            counterparty: L
            group: partner
            program: drug
            signed: 2021-01-01
            upfront: \(upfront)
            royalty: {tiers: [{rate: 10%}]}
            counterpartyCosts: {cogs: 20%, operatingCosts: 30%}
          services:
            kind: cash-flows
            counterparty: \(partner)
            group: partner
            flows: [{date: 2021-06-30, amount: -1M}]
        """
    }
    let solution = try DealSolver.solve(
      deal: "partner", term: "licence.upfront", target: .ourRNPV(20e6), range: 0...50e6,
      options: Self.options
    ) { try Valuing.scenario(scenario($0)) }
    let (d729, d180) = (Valuing.discount(0.10, days: 729), Valuing.discount(0.10, days: 180))
    let upfront = 20e6 - 10e6 * d729 + 1e6 * d180
    #expect(abs(solution.value - upfront) < 1e-3)
    // Only the licence values the partner's side: 50M·d − 10M·d − U.
    #expect(abs(try #require(solution.counterpartyRNPV) - (40e6 * d729 - upfront)) < 1e-3)
    let mixed = try scenario(0, partner: "Somebody else")
    guard case .failure(let error) = ScenarioFile.parse(mixed, file: "t.yaml") else {
      Issue.record("validated")
      return
    }
    #expect(
      error.diagnostics.map(\.description).contains {
        $0.contains(
          "deals.services.group puts a deal with Somebody else in 'partner', whose deals are with L"
        )
      })
  }
}
