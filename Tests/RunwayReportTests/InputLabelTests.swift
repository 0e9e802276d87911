import Foundation
import RunwayEngine
import RunwayModel
import Testing

@testable import RunwayReport

/// Inputs read in a board's words and units: what a field measures
/// decides how its figures are written, and a variable measures what the
/// field that uses it measures.
struct InputLabelTests {
  @Test func figuresAreWrittenInTheirUnits() {
    #expect(InputLabel.value(0.307, unit: .share) == "30.7%")
    #expect(InputLabel.value(0.5, unit: .years) == "6 months")
    #expect(InputLabel.value(2.5, unit: .years) == "2.5 years")
    #expect(InputLabel.value(0.5, unit: .money) == "0.5")
    #expect(InputLabel.value(12e6, unit: nil) == "12M")
  }

  /// A variable used as a phase's duration is in years (uniform on
  /// 0.25…0.75: a mean of 6 months), one used as a probability in
  /// percent (uniform on 20 %…60 %: a mean of 40 %), and a dated flow's
  /// amount is named by its place in the list, counted from one.
  @Test func theAssumptionsTableSpeaksEachInputsUnit() throws {
    let text = """
      scenario:
        id: units
        name: Units
        valuationDate: 2021-01-01
        currency: EUR
        horizon: 2024
        discountRate: 10%
      variables:
        lag: {distribution: uniform, min: 0.25, max: 0.75}
        success: {distribution: uniform, min: 20%, max: 60%}
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: $lag, cost: 1M, successProbability: $success}
      deals:
        grant:
          name: Grant
          kind: cash-flows
          counterparty: Agency
          flows:
            - {date: 2022-01-01, amount: {distribution: uniform, min: 1M, max: 3M}}
      """
    let result = try Valuing.run(text, paths: 256)
    let rows = try #require(
      BoardSummary(result, provenance: ReportFolderTests.provenance).assumptions
    )
    .rows
    #expect(rows[0].prefix(3) == ["Lag", "uniform(min 0.25, max 0.75) years", "6 months"])
    #expect(rows[1].prefix(3) == ["Success", "uniform(min 20.0%, max 60.0%)", "40.0%"])
    #expect(rows[2].prefix(3) == ["Grant: flows 1 amount", "uniform(min 1M, max 3M)", "2M"])
    #expect(rows[2][4] == "deals.grant.flows[0].amount")
  }

  /// A development outcome's factor is named by its programmes, the
  /// shared risk that ties them left to the tornado; an input's by its
  /// path in words.
  @Test func aDevelopmentOutcomeIsNamedByItsProgrammes() {
    let labels = InputLabel(names: [
      "a": "HepaStem in ACLF", "b": "HepaStem in NASH", "c": "Atrosab",
    ])
    #expect(
      labels.text(factor: "programs.a + b + risks.hepastem phases passed")
        == "HepaStem in ACLF and HepaStem in NASH: development outcome")
    #expect(
      labels.text(factor: "programs.a + b + c phases passed")
        == "HepaStem in ACLF, HepaStem in NASH and Atrosab: development outcome")
    #expect(labels.text(factor: "scenario.discountRate") == "Discount rate")
  }

  /// A name longer than two lines of the margin wraps on three, every
  /// word kept (no "…"), the lines as even as the words allow.
  @Test func aLongNameWrapsWithoutBeingCut() {
    let name =
      "Heparesc (mature hepatocytes) in urea cycle disorders, Phase 2/3 in Europe: duration of the trial"
    let lines = ChartLabel.lines(name)
    #expect(lines.count == 3)
    #expect(lines.joined(separator: " ") == name)
    #expect(lines.allSatisfy { $0.count <= ChartLabel.lineLength && !$0.hasSuffix("…") })
    #expect(lines.map(\.count).max()! - lines.map(\.count).min()! < 12)
    #expect(ChartLabel.lines("Peak sales") == ["Peak sales"])
    #expect(ChartLabel.rowHeight([name, "Peak sales"], bar: 30) == 3 * ChartLabel.lineHeight + 6)
  }
}
