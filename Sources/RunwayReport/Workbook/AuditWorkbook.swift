import Foundation
import RunwayEngine

/// `report.xlsx`: a run as a workbook whose live formulas recompute
/// Runway's figures, for a finance team to check a run against its own
/// spreadsheet and an auditor to follow the arithmetic.
///
/// Sheets: Summary (the answer and the bridge, by formula), Flows (every
/// component's dated flows and their discounting), Assumptions,
/// Distribution and Provenance.
public enum AuditWorkbook {
  /// The workbook of `result`, with each component's dated `flows` and
  /// the headline's value on each path (`values`, the first of which the
  /// Distribution sheet lists).
  public static func data(
    _ result: ValuationResult, flows: [DatedFlows], values: [Double], provenance: Provenance
  ) throws -> Data {
    let assumptions = AssumptionsSheet(result)
    let flowsSheet = FlowsSheet(
      result, flows: flows, valuationDate: SpreadsheetDate.serial(result.valuationDate) ?? 0,
      rates: assumptions.means)
    let distribution = DistributionSheet(result, values: values)
    let sheets = [
      SummarySheet.sheet(result, flows: flowsSheet, distribution: distribution),
      flowsSheet.sheet, assumptions.sheet, distribution.sheet,
      ProvenanceSheet.sheet(result, provenance: provenance),
    ]
    return try WorkbookPackage(sheets: sheets, currency: result.currency, title: result.name)
      .data()
  }
}
