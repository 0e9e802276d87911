import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

@testable import RunwayReport

/// A report headed by a subject (two grants) keeps the portfolio's
/// arithmetic where the components add up: their shares and the
/// waterfall's total are of the portfolio's rNPV.
struct SubjectReportTests {
  /// Grants of 1M on 2022-01-01 (day 365) and 2M on 2023-01-01 (day 730)
  /// at 10 %, and a cost of 0.5M on 2021-12-31 (day 364): the subject, the
  /// two grants, is worth 1M/1.1 + 2M/1.21 = 2,561,983.47; the portfolio
  /// 2,561,983.47 − 0.5M × 1.1^(−364/365) = 2,107,319.31.
  @Test func sharesAndTheWaterfallAreOfThePortfolio() throws {
    let text = """
      scenario:
        id: subject
        name: Subject
        valuationDate: 2021-01-01
        currency: EUR
        horizon: 2024
        discountRate: 10%
        subject: [a, b]
      funding:
        a: {kind: subsidy, schedule: [{date: 2022-01-01, amount: 1M}]}
        b: {kind: subsidy, schedule: [{date: 2023-01-01, amount: 2M}]}
      deals:
        rent: {kind: cash-flows, counterparty: Landlord, flows: [{date: 2021-12-31, amount: -0.5M}]}
      """
    let scenario = try ScenarioFile.parse(text, file: "subject.yaml").get().scenario
    let simulation = try Valuation.simulate(scenario, options: Valuation.Options(paths: 1_024))
    let result = try Valuation.answer(simulation, scenario: scenario).result
    let subject = 1e6 / 1.1 + 2e6 / 1.21
    let portfolio = subject - 0.5e6 * pow(1.1, -364.0 / 365)
    #expect(abs(result.rnpv - subject) < 1e-6)
    #expect(abs(try #require(result.portfolio).rnpv - portfolio) < 1e-6)
    let summary = BoardSummary(result, provenance: ReportFolderTests.provenance)
    let shares = summary.components.rows.map { $0[4] }
    // a: 909,090.91 / 2,107,319.31 = 43.1 %.
    #expect(shares[0] == Percent.text(1e6 / 1.1 / portfolio))
    #expect(shares[0] == "43.1%")
  }

  /// A co-development shares the profit of what the company still sells
  /// itself, so licensing Korea out changes what the partner takes: the
  /// two deals interact, and the report says so with both figures.
  @Test func theReportSaysWhenDealsInteract() throws {
    let text = """
      scenario:
        id: interact
        name: Interact
        valuationDate: 2021-01-01
        currency: EUR
        horizon: 2023
        discountRate: 10%
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 50%}
          market: {launchLag: 0, peakSales: 10M, yearsToPeak: 0, cogs: 20%, operatingCosts: 0, territories: {EU: 50%, KR: 50%}}
      deals:
        korea: {kind: out-licence, counterparty: K, program: drug, territories: [KR], royalty: {tiers: [{rate: 10%}]}}
        partner: {kind: co-development, counterparty: P, program: drug, costShare: 50%, profitShare: 50%}
      """
    let scenario = try ScenarioFile.parse(text, file: "interact.yaml").get().scenario
    let simulation = try Valuation.simulate(scenario, options: Valuation.Options(paths: 4_096))
    let result = try Valuation.answer(simulation, scenario: scenario, ids: ["korea", "partner"])
      .result
    let increments = try #require(result.increments)
    let interaction = try #require(increments.interaction)
    #expect(
      abs(try #require(increments.interactionMean))
        > 3 * (try #require(increments.interactionStandardError)))
    let joint = try #require(increments.joint)
    #expect(abs(joint.rnpv - increments.items.reduce(0) { $0 + $1.rnpv } - interaction) < 1e-6)
    let summary = BoardSummary(result, provenance: ReportFolderTests.provenance)
    let caption = try #require(summary.increments?.caption)
    #expect(
      caption.hasSuffix(
        "The deals interact: together they are worth \(AmountFormat.compact(joint.rnpv)), against \(AmountFormat.compact(joint.rnpv - interaction)) for the sum of their values one by one."
      ))
  }
}

/// Every shipped scenario's report opens with its question, then the
/// answer: the subject's rNPV, which for a scenario naming a subject is
/// its deals' value and never the portfolio's.
struct ScenarioReportOpeningTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")

  @Test(arguments: try FileManager.default.contentsOfDirectory(atPath: scenarios.path).sorted())
  func opensWithItsQuestionAndAnswer(file: String) throws {
    let scenario = try ScenarioFile.load(path: Self.scenarios.appendingPathComponent(file).path)
      .get().scenario
    let simulation = try Valuation.simulate(scenario, options: Valuation.Options(paths: 1_024))
    let result = try Valuation.answer(simulation, scenario: scenario).result
    let lines = SummaryMarkdown.text(result, provenance: ReportFolderTests.provenance)
      .components(separatedBy: "\n")
    #expect(lines[2] == "**\(MarkdownText.escaped(result.question))**")
    // The answer, to the precision its standard error allows.
    let answer = AmountFormat.rounded(result.rnpv, standardError: result.monteCarlo.standardError)
    #expect(
      lines[4].hasPrefix(
        AmountFormat.compact(answer, symbol: AmountFormat.symbol(currency: result.currency))
          + " risk-adjusted"))
    // A named subject keeps the portfolio beside it as context, and page
    // 1's risks, read off the portfolio's tornado, say whose value moves.
    #expect((result.subject != "portfolio") == (result.portfolio != nil))
    let risks = BoardSummary(result, provenance: ReportFolderTests.provenance).risks
    #expect(
      risks.allSatisfy { $0.contains("the portfolio under it is") == (result.portfolio != nil) })
  }
}
