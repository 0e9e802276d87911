import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

@testable import RunwayReport

/// A licence's economics against hand figures: its headline, its upfront
/// and the royalty its tiers come to at the median peak.
struct DealEconomicsTests {
  /// A licence of Korea, half the sales, in force where `condition` holds.
  ///
  /// Peak sales uniform on 100M…300M: the median is 200M, Korea's 100M.
  /// Marginal tiers 5 % to 20M, 10 % to 50M, 15 % above: 1M + 3M + 7.5M
  /// = 11.5M on 100M, 11.5 %. The headline is the upfront 4M and the
  /// approval milestone 6M, 10M; the upfront, paid on the valuation date,
  /// is worth 4M.
  static func scenario(condition: String = "") -> String {
    """
    scenario:
      id: economics
      name: Economics
      valuationDate: 2025-01-01
      currency: EUR
      horizon: 2028
      discountRate: 10%
    programs:
      drug:
        name: Drug
        phases:
          - {name: Phase 3, start: 2025-01-01, duration: 1, cost: 0, successProbability: 50%}
        market:
          launchLag: 0
          peakSales: {distribution: uniform, min: 100M, max: 300M}
          yearsToPeak: 1
          cogs: 0
          operatingCosts: 0
          territories: {EU: 50%, KR: 50%}
    deals:
      korea:
        name: Korea licence
        kind: out-licence
        counterparty: Licensee
        program: drug
        territories: [KR]
        signed: 2025-01-01
        \(condition)
        upfront: 4M
        milestones: [{event: approval, amount: 6M}]
        royalty:
          tiers:
            - rate: 5%
            - {from: 20M, rate: 10%}
            - {from: 50M, rate: 15%}
    """
  }

  @Test func theHeadlineAndTheEffectiveRoyalty() throws {
    let result = try Valuing.run(Self.scenario(), paths: 256)
    let terms = try #require(result.components.first { $0.id == "korea" }?.terms)
    #expect(terms.headline == 10e6)
    #expect(abs(try #require(terms.royaltySales) - 100e6) < 1e-3)
    #expect(abs(try #require(terms.effectiveRoyalty) - 0.115) < 1e-12)

    let table = try #require(DealEconomics.table(result))
    let row = try #require(table.rows.first { $0[0] == "Korea licence" })
    #expect(row[1].hasPrefix("upfront 4M; development milestones "))
    #expect(row[2] == "10M")
    #expect(row[7] == "11.5% on 100M")
  }

  /// A licence in force only where the drug is approved keeps the terms
  /// it was announced with: the same 10M headline and 11.5 % royalty.
  @Test func aConditionKeepsTheTermsAsAnnounced() throws {
    let text = Self.scenario(condition: "when: {program: drug, event: approval}")
    let result = try Valuing.run(text, paths: 256)
    let terms = try #require(result.components.first { $0.id == "korea" }?.terms)
    #expect(terms.headline == 10e6)
    #expect(abs(try #require(terms.effectiveRoyalty) - 0.115) < 1e-12)
  }
}
