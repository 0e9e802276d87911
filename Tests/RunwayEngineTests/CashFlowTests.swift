import Foundation
import RunwayEngine
import Testing

/// Each kind of flow against a hand computation on a known path.
struct CashFlowTests {
  /// A program approved on 2026-01-01 and launched at once.
  ///
  /// A linear ramp to 200M over two years, split EU 50 % / KR 50 %. KR's sales are
  /// the ramp's mean over each year: 100M × ¼ = 25M in 2026 and 100M × ¾ =
  /// 75M in 2027 (both 365-day years).
  static func royaltyScenario(basis: String) -> String {
    """
    scenario:
      id: test
      name: Test
      valuationDate: 2025-01-01
      currency: EUR
      horizon: 2027
      discountRate: 10%
    programs:
      drug:
        name: Drug
        phases:
          - {name: Phase 3, start: 2025-01-01, duration: 1, cost: 0, successProbability: 100%}
        market:
          launchLag: 0
          peakSales: 200M
          yearsToPeak: 2
          ramp: linear
          cogs: 0
          operatingCosts: 0
          territories: {EU: 50%, KR: 50%}
    deals:
      korea:
        kind: out-licence
        counterparty: Licensee
        program: drug
        territories: [KR]
        royalty:
          basis: \(basis)
          tiers:
            - rate: 5%
            - {from: 20M, rate: 10%}
            - {from: 50M, rate: 15%}
    """
  }

  /// Marginal tiers, by hand: 25M: 20M × 5 % + 5M × 10 % = 1.5M; 75M:
  /// 1M + 30M × 10 % + 25M × 15 % = 7.75M.
  @Test func marginalTiersOnAKnownSalesSeries() throws {
    let result = try Valuing.run(Self.royaltyScenario(basis: "marginal"), paths: 10)
    #expect(abs(try #require(result.flow("korea", in: "2026")) - 1.5e6) < 1e-3)
    #expect(abs(try #require(result.flow("korea", in: "2027")) - 7.75e6) < 1e-3)
    // The company sells in the EU only: half of the sales, all margin (no costs).
    #expect(abs(try #require(result.flow("drug", in: "2027")) - 75e6) < 1e-3)
  }

  /// Whole tiers: the rate reached applies to the whole year's sales:
  /// 25M × 10 % = 2.5M; 75M × 15 % = 11.25M.
  @Test func wholeTiersOnAKnownSalesSeries() throws {
    let result = try Valuing.run(Self.royaltyScenario(basis: "whole"), paths: 10)
    #expect(abs(try #require(result.flow("korea", in: "2026")) - 2.5e6) < 1e-3)
    #expect(abs(try #require(result.flow("korea", in: "2027")) - 11.25e6) < 1e-3)
  }

  /// An advance of 50 % of a 10M phase spent in 2021 (5M, received on
  /// 2021-12-31); on approval (2022-01-01) the company exploits: 30 % of
  /// the advance (1.5M) in five yearly instalments of 300k from
  /// 2023-01-01, and 10 % of sales of 10M a year (1M, dated each
  /// 31 December), until the total reaches the 2× cap of 10M.
  static func advanceScenario(success: String) -> String {
    Valuing.settings(horizon: "2034") + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 10M, successProbability: \(success)}
          market: {launchLag: 0, peakSales: 10M, yearsToPeak: 0, cogs: 0, operatingCosts: 0}
      funding:
        rca:
          kind: recoverable-advance
          program: drug
          share: 50%
          ceiling: 20M
          lag: 0
          exploitation: {event: approval}
          fixedShare: 30%
          instalments: 5
          firstInstalment: 1
          royalty: 10%
          cap: 2x
          fixedPartDiscountRate: 4%
          royaltyDiscountRate: 12.5%
      """
  }

  /// Repayments by year: 2022: royalty 1M; 2023–2027: 300k + 1M; then 1M
  /// a year until the cap: 1M + 5 × 1.3M = 7.5M by 2027, 8.5M, 9.5M by
  /// 2029, and the last 0.5M in 2030; nothing after.
  @Test func anExploitedAdvanceRepaysOnScheduleUpToTheCap() throws {
    let result = try Valuing.run(Self.advanceScenario(success: "100%"), paths: 10)
    let expected: [String: Double] = [
      "2021": 5e6, "2022": -1e6, "2023": -1.3e6, "2027": -1.3e6, "2028": -1e6, "2029": -1e6,
      "2030": -0.5e6, "2031": 0, "2033": 0,
    ]
    for (year, flow) in expected {
      let booked = try #require(result.flow("rca", in: year))
      #expect(abs(booked - flow) < 1e-3, "\(year): \(booked) vs \(flow)")
    }
    let repaid = result.cashflows.compactMap { $0.components["rca"] }.filter { $0 < 0 }.reduce(0, +)
    #expect(abs(repaid - -10e6) < 1e-3)
    // Fair value of the liability: instalments at 4 %, royalties at 12.5 %.
    let df = { (rate: Double, date: String) -> Double in
      Valuing.discount(rate, days: Double(Self.days(to: date)))
    }
    var liability = 0.0
    for year in 2023...2027 { liability += 300e3 * df(0.04, "\(year)-01-01") }
    for year in 2022...2029 { liability += 1e6 * df(0.125, "\(year)-12-31") }
    liability += 0.5e6 * df(0.125, "2030-12-31")
    let advance = try #require(result.component("rca"))
    let fairValue = try #require(advance.liability)
    #expect(abs(fairValue.npv - liability) < 1e-3)
    #expect(abs(advance.npv - (5e6 * df(0.10, "2021-12-31") - liability)) < 1e-3)
  }

  /// A failed program keeps the advance and repays nothing.
  @Test func aFailedProgramRepaysNothing() throws {
    let result = try Valuing.run(Self.advanceScenario(success: "0%"), paths: 100)
    let advance = try #require(result.component("rca"))
    #expect(abs(advance.rnpv - 5e6 * Valuing.discount(0.1, days: 364)) < 1e-3)
    #expect(advance.monteCarlo.standardDeviation == 0)
    #expect(try #require(advance.liability).rnpv == 0)
    for year in 2022...2034 { #expect(result.flow("rca", in: "\(year)") == 0) }
  }

  /// FEDER reimburses 40 % + 50 % of a 1M phase spent in 2021 (dated
  /// 2021-12-31, day 364) six months later: 900k on day 364 + 182.5,
  /// which falls in 2022.
  @Test func aFEDERClaimArrivesAfterItsLag() throws {
    let text =
      Valuing.settings(horizon: "2025") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 1M, successProbability: 50%}
        funding:
          feder:
            kind: erdf
            program: drug
            euShare: 40%
            regionalShare: 50%
            claimLag: 6 months
        """
    let result = try Valuing.run(text, paths: 10)
    #expect(result.flow("feder", in: "2021") == 0)
    #expect(abs(try #require(result.flow("feder", in: "2022")) - 900e3) < 1e-6)
    let feder = try #require(result.component("feder"))
    #expect(abs(feder.rnpv - 900e3 * Valuing.discount(0.1, days: 364 + 182.5)) < 1e-6)
  }

  /// Microsoft's XNPV example: 9 %, −10,000 on 2008-01-01, then 2,750,
  /// 4,250, 3,250 and 2,750 on 2008-03-01, 2008-10-30, 2009-02-15 and
  /// 2009-04-01: XNPV = 2,086.65, and XIRR = 37.34 % (0.373362535).
  @Test func explicitFlowsReproduceXNPVAndXIRR() throws {
    let text = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/microsoft-xnpv.yaml"),
      encoding: .utf8)
    let result = try Valuing.run(text, paths: 10)
    #expect(abs(result.npv - 2_086.647_602_44) < 1e-6)
    #expect(abs(result.rnpv - 2_086.647_602_44) < 1e-6)
    #expect(abs(try #require(result.irr.unrisked) - 0.373_362_535) < 1e-8)
  }

  /// Days from 2021-01-01 to `date` (yyyy-mm-dd), by the calendar of
  /// Foundation, independently of Runway's own day arithmetic.
  static func days(to date: String) -> Int {
    let parts = date.split(separator: "-").compactMap { Int($0) }
    let calendar = Calendar(identifier: .gregorian)
    let start = DateComponents(calendar: calendar, timeZone: .gmt, year: 2021, month: 1, day: 1)
    let end = DateComponents(
      calendar: calendar, timeZone: .gmt, year: parts[0], month: parts[1], day: parts[2])
    guard let from = start.date, let to = end.date else { return 0 }
    return Int((to.timeIntervalSince(from) / 86_400).rounded())
  }

}

/// A value that is not a finite number is refused with the component's
/// name, never reported.
struct NonFiniteTests {
  @Test func aZeroPricePerUnitIsRefusedByName() throws {
    let text =
      Valuing.settings(horizon: "2025") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, peakSales: 10M, yearsToPeak: 0, cogs: 0, operatingCosts: 0}
        deals:
          supply:
            kind: supply
            counterparty: Buyer
            program: drug
            territories: []
            pricePerUnit: 0
            transferPrice: 1k
            unitCost: 500
            start: 2021-01-01
        """
    #expect(throws: ValuationError.nonFinite(component: "supply")) {
      try Valuing.run(text, paths: 10)
    }
  }
}
