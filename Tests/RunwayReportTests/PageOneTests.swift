import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

@testable import RunwayReport

/// Page 1 answers the question: figures as precise as their noise, the
/// months of cash, the raise and what it would sell, the readout that
/// moves the value most, and no share of a negative total.
struct PageOneTests {
  @Test func figuresAreRoundedToTheirStandardError() {
    #expect(AmountFormat.rounded(-24.6e6, standardError: 1.02e6) == -25e6)
    #expect(AmountFormat.rounded(1_274_500, standardError: 67_500) == 1_270_000)
    #expect(AmountFormat.rounded(0.759, standardError: 0.003) == 0.759)
    #expect(AmountFormat.rounded(123.456, standardError: 0) == 123.456)
  }

  @Test func monthsRunToThePeriodsEnd() {
    #expect(Headline.months(from: "2019-01-01", to: "2021-12-31") == 36)
    #expect(Headline.months(from: "2016-12-01", to: "2018-12-31") == 25)
    #expect(Headline.months(from: "2021-01-01", to: "2021-09-30") == 9)
    #expect(Headline.months(from: "2021-01-01", to: "2021-07-31") == 7)
  }

  /// 1M of cash, 2M raised at an 8M pre-money (10M post-money) on the
  /// valuation date, a 10M Phase 2 spent over 2021 that succeeds with 50 %
  /// and, on success, earns 15M on 2022-07-01 (day 546).
  ///
  /// Cash ends 2021 at 1 + 2 − 10 = −7M on every path: the gap is 7M, and
  /// raising it at 10M post-money sells 7 / 17 = 41.2 %. The readout moves
  /// the value most: −10M × 1.1^(−364/365) if it fails, that plus
  /// 15M × 1.1^(−546/365) if it succeeds.
  @Test func pageOneGivesTheCashTheRaiseAndTheReadout() throws {
    let text = """
      scenario:
        id: page-one
        name: Page one
        valuationDate: 2021-01-01
        currency: EUR
        horizon: 2023
        discountRate: 10%
        startingCash: 1M
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 10M, costCurve: lump-end, successProbability: 50%}
      funding:
        round: {kind: equity, investor: Fund, date: 2021-01-01, amount: 2M, preMoney: 8M}
      deals:
        sale:
          kind: cash-flows
          counterparty: Buyer
          flows: [{date: 2022-07-01, amount: 15M, when: {program: drug, event: approval}}]
      """
    let result = try Valuing.run(text, paths: 1_024)
    let summary = BoardSummary(result, provenance: ReportFolderTests.provenance)
    #expect(summary.cashNeed.contains("Cash runs out by the end of 2021 (12 months)"))
    #expect(
      summary.cashNeed.contains(
        "Raising €7M at the last stated price (Fund's, €10M post-money) would sell 41.2% of the company."
      ))
    let fails = -10e6 * pow(1.1, -364.0 / 365)
    let succeeds = fails + 15e6 * pow(1.1, -546.0 / 365)
    let symbol = AmountFormat.symbol(currency: "EUR")
    #expect(
      summary.risks.first
        == "Drug: Phase 2: the value is \(AmountFormat.compact(fails, symbol: symbol)) if it fails, \(AmountFormat.compact(succeeds, symbol: symbol)) if it succeeds."
    )
    // The readout's scenarios, with its 50 %.
    let scenarios = try #require(summary.scenarios).rows
    #expect(scenarios.contains(["Drug: Phase 2 fails", "50.0%", BoardSummary.amount(fails)]))
    #expect(
      scenarios.contains(["Drug: Phase 2 succeeds", "50.0%", BoardSummary.amount(succeeds)]))
    // The total is below zero: no component has a share of it.
    #expect(result.rnpv < 0)
    #expect(summary.components.rows.allSatisfy { $0[4] == "–" })
    let html = ReportHTML.text(result, provenance: ReportFolderTests.provenance)
    #expect(html.contains("<section class=\"page-one\">"))
    #expect(html.contains("None: the file validates without a warning."))
  }
}
