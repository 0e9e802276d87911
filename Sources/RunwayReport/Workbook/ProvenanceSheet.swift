import RunwayEngine

/// The workbook's Provenance sheet: which file, overrides, seed, paths
/// and version made the figures, so that a run can be reproduced.
enum ProvenanceSheet {
  static func sheet(_ result: ValuationResult, provenance: Provenance) -> Worksheet {
    var sheet = Worksheet(name: "Provenance", widths: [22, 80])
    let rows: [(String, WorkbookCell)] = [
      ("Scenario file", .text(provenance.scenarioFile)),
      ("Scenario", .text("\(result.name) (\(result.scenario))")),
      ("SHA-256 of the file", .text(provenance.sha256)),
      // As text: a seed may exceed the 15 digits a spreadsheet keeps.
      ("Seed", .text(String(result.seed))),
      ("Paths", .number(Double(result.paths), .count)),
      ("Sampling", .text(result.sampling)),
      ("Runway version", .text(provenance.runwayVersion)),
      ("Run on (UTC)", date(SpreadsheetDate.serial(instant: provenance.date), provenance.date)),
      ("Valuation date", date(SpreadsheetDate.serial(result.valuationDate), result.valuationDate)),
      ("Currency", .text(result.currency)),
    ]
    for (label, cell) in rows { sheet.append([.heading(label), cell]) }
    if provenance.overrides.isEmpty {
      sheet.append([.heading("Overrides"), .text("none")])
    }
    for (index, override) in provenance.overrides.enumerated() {
      sheet.append([index == 0 ? .heading("Overrides") : .empty, .text("--set \(override)")])
    }
    return sheet
  }

  /// A date as a date, or as its text if it cannot be read.
  private static func date(_ serial: Double?, _ text: String) -> WorkbookCell {
    serial.map { .number($0, $0 == $0.rounded() ? .date : .dateTime) } ?? .text(text)
  }
}
