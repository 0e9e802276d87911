import Foundation
import Testing

/// `runway solve`: the override path from the command line to the answer,
/// and the errors a BD lead may meet.
struct SolveCommandTests {
  /// The LifeLiver NASH licence's first tier at LifeLiver's break-even:
  /// about 17.7 %, above the second tier's 12 %, which the solver refuses
  /// as regressive unless allowed; allowed, LifeLiver's rNPV is zero and
  /// the report of the solved deal records the term as an override.
  @Test func solvesARoyaltyForTheLicenseesBreakEven() throws {
    let out = RunCommandTests.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let arguments = [
      "solve", "scenarios/lifeliver-korea.yaml", "--deal", "nash-licence", "--term",
      "royalty.tiers[0].rate", "--target", "breakeven", "--paths", "2000",
    ]
    let refused = try RunwayProcess.run(arguments)
    #expect(refused.status != 0)
    #expect(refused.standardError.contains("the solved tiers are regressive (17.7"))
    let run = try RunwayProcess.run(arguments + ["--allow-regressive", "--json", "--out", out])
    #expect(run.status == 0, "\(run.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
    let solution = try #require(object as? [String: Any])
    let rate = try #require(solution["value"] as? Double)
    let ours = try #require(solution["ourRNPV"] as? Double)
    let theirs = try #require(solution["counterpartyRNPV"] as? Double)
    #expect(rate > 0.12 && rate < 1)
    #expect(abs(theirs) < 1e-6 * abs(ours))
    let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
    let written = summary.firstMatch(of: /tiers\[0\]\.rate=([0-9.]+)/).flatMap { Double($0.1) }
    #expect(abs(try #require(written) - rate) < 1e-15)
  }

  @Test func explainsWhatItCannotDo() throws {
    let base = ["solve", "scenarios/lifeliver-korea.yaml", "--paths", "500"]
    let noRange = try RunwayProcess.run(
      base + ["--deal", "nash-licence", "--term", "upfront", "--target", "rnpv=1M"])
    #expect(noRange.status != 0)
    #expect(noRange.standardError.contains("--range LOW,HIGH is needed for upfront"))
    let unreachable = try RunwayProcess.run(
      base + [
        "--deal", "nash-licence", "--term", "royalty.tiers[0].rate", "--target",
        "rnpv=1bn",
      ])
    #expect(unreachable.status != 0)
    #expect(unreachable.standardError.contains("no value of the term in [0.0, 1.0] reaches"))
    let wrongPath = try RunwayProcess.run(
      base + [
        "--deal", "nash-licence", "--term", "royalty.tier[0].rate", "--target", "breakeven",
      ])
    #expect(wrongPath.status != 0)
    #expect(wrongPath.standardError.contains("has no field 'tier'"))
  }

  /// All tiers shifted together, by hand.
  ///
  /// Two marginal tiers (10 % to 50M, 15 % above) on 100M of sales in
  /// 2022, certain; the licensee keeps 50 % of sales after its costs.
  /// Shifting both by x gives us 50M·(0.25 + 2x) of royalties: the even
  /// split (25M) is x = 12.5 points (22.5 % / 27.5 %); the licensee
  /// breaks even at 50M, x = 37.5 points (47.5 % / 52.5 %), whose top tier
  /// exceeds its 50 % margin.
  @Test func movesEveryTierTogetherAndWarnsAboveTheLicenseesMargin() throws {
    let file = RunCommandTests.scratchFolder() + ".yaml"
    defer { try? FileManager.default.removeItem(atPath: file) }
    try """
    scenario: {id: tiers, name: Tiers, valuationDate: 2021-01-01, currency: EUR, horizon: 2022, discountRate: 10%}
    programs:
      drug:
        name: Drug
        phases: [{name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}]
        market: {launchLag: 0, peakSales: 100M, yearsToPeak: 0, cogs: 0, operatingCosts: 0}
    deals:
      licence:
        kind: out-licence
        counterparty: Partner
        program: drug
        royalty: {basis: marginal, tiers: [{rate: 10%}, {from: 50M, rate: 15%}]}
        counterpartyCosts: {cogs: 20%, operatingCosts: 30%}
    """.write(toFile: file, atomically: true, encoding: .utf8)
    let base = [
      "solve", file, "--deal", "licence", "--term", "royalty.tiers[*].rate", "--paths", "256",
    ]
    let split = try RunwayProcess.run(base + ["--target", "share=50%"])
    #expect(split.status == 0, "\(split.standardError)")
    #expect(split.standardOutput.contains("= 12.500%"), "\(split.standardOutput)")
    #expect(split.standardOutput.contains("royalty tiers: 22.500% / 27.500%"))
    #expect(!split.standardOutput.contains("warning"))
    let breakeven = try RunwayProcess.run(base + ["--target", "breakeven"])
    #expect(breakeven.standardOutput.contains("royalty tiers: 47.500% / 52.500%"))
    #expect(
      breakeven.standardOutput.contains(
        "warning: the highest royalty, 52.5%, exceeds the licensee's operating margin of 50.0%"))
  }

  /// A co-development's cost share moves value from one side to the other:
  /// there is no share of a total to solve.
  @Test func refusesAShareOfAZeroSumTerm() throws {
    let run = try RunwayProcess.run([
      "solve", "scenarios/ascentage-genor-codev.yaml", "--deal", "genor-collaboration", "--term",
      "costShare", "--target", "share=50%", "--paths", "256",
    ])
    #expect(run.status != 0)
    #expect(run.standardError.contains("the two sides' rNPVs add up to zero whatever the term"))
  }
}
