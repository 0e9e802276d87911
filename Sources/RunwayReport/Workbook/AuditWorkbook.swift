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
  public static func data(
    _ result: ValuationResult, flows: [DatedFlows], totals: [Double], provenance: Provenance
  ) throws -> Data {
    let flowsSheet = FlowsSheet(
      result, flows: flows, valuationDate: SpreadsheetDate.serial(result.valuationDate) ?? 0)
    let distribution = DistributionSheet(result, totals: totals)
    let sheets = [
      SummarySheet.sheet(result, flows: flowsSheet, distribution: distribution),
      flowsSheet.sheet, AssumptionsSheet.sheet(result), distribution.sheet,
      ProvenanceSheet.sheet(result, provenance: provenance),
    ]
    return try WorkbookPackage(sheets: sheets, currency: result.currency, title: result.name)
      .data()
  }
}
