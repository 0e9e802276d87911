import RunwayEngine

/// The workbook's Summary sheet: the question, the answer, the value
/// bridge and the headline figures, each a formula on the sheets behind
/// it where one can recompute it, Runway's figure otherwise.
enum SummarySheet {
  static func sheet(
    _ result: ValuationResult, flows: FlowsSheet, distribution: DistributionSheet
  ) -> Worksheet {
    var sheet = Worksheet(name: "Summary", widths: [60, 20, 90])
    sheet.append([.heading(result.name)])
    sheet.append(.heading("Question"), sentence: result.question, spanning: 1...2)
    sheet.append(.heading("Answer"), sentence: Headline.answer(result), spanning: 1...2)
    sheet.append(.heading("Cash"), sentence: Headline.cashNeed(result), spanning: 1...2)
    sheet.append([.heading("Valuation date"), .number(valuationSerial(result), .date)])
    sheet.skip()
    let bridge =
      result.portfolio == nil ? "Value bridge" : "Value bridge of the portfolio (context)"
    sheet.append([.heading(bridge), .heading("rNPV"), .heading("How it is computed")])
    var lines: [String: Int] = [:]
    for line in result.bridge.lines {
      let (cell, how) = bridgeCell(line, lines: lines, flows: flows, result: result)
      lines[line.kind] = sheet.append([.text(line.label), cell, .text(how)])
    }
    sheet.skip()
    sheet.append([.heading("Headline figures"), .empty, .heading("How it is computed")])
    let npv = CellAddress(row: flows.totalRow, column: 3, sheet: FlowsSheet.name).description
    let enterprise = lines["enterprise"].map { "B\($0)" } ?? "0"
    if let portfolio = result.portfolio {
      appendSubject(result, portfolio: portfolio, npv: npv, rnpv: enterprise, to: &sheet)
    } else {
      sheet.append([
        .text("NPV (unrisked: every phase succeeds)"), .formula(npv, .amount),
        .text("The total NPV on Flows, financing left out"),
      ])
      sheet.append([
        .text("rNPV (analytic)"), .formula(enterprise, .amount),
        .text("The enterprise rNPV of the bridge"),
      ])
    }
    let figures: [(String, DistributionSheet.Figure, CellStyle)] = [
      ("Monte Carlo mean", .mean, .amount),
      ("Standard error of the mean", .standardError, .amount),
      ("P10", .p10, .amount), ("P50", .p50, .amount), ("P90", .p90, .amount),
      ("Probability of a loss", .probabilityOfLoss, .share),
      ("Mean of the worst 5 % of paths", .tailMean, .amount),
    ]
    for (label, figure, style) in figures {
      guard let address = distribution.figures[figure] else { continue }
      let how =
        figure == .mean
        ? "Runway's, from \(AmountFormat.grouped(Double(result.paths))) paths with every input "
          + "drawn (on Distribution); it differs from the analytic rNPV, whose inputs sit at "
          + "their means, where the value is not linear in an input"
        : "Runway's, on Distribution"
      sheet.append([.text(label), .formula(address.description, style), .text(how)])
    }
    let whose = result.portfolio == nil ? "" : " of the portfolio"
    let irrs = [
      ("IRR\(whose), expected flows", result.irr.expected),
      ("IRR\(whose), unrisked flows", result.irr.unrisked),
    ]
    for (label, irr) in irrs {
      sheet.append([
        .text(label), irr.map { .number($0, .rate) } ?? .text("none"),
        .text("Runway's figure: XIRR of the value's flows, the root closest to 10 %"),
      ])
    }
    return sheet
  }

  /// A subject's NPV and rNPV: the portfolio's, recomputed on Flows, less
  /// the portfolio's without the subject, which is a second valuation (of
  /// the scenario without it) that no sheet holds.
  private static func appendSubject(
    _ result: ValuationResult, portfolio: PortfolioContext, npv: String, rnpv: String,
    to sheet: inout Worksheet
  ) {
    let npvRow = sheet.append([
      .text("Portfolio NPV (unrisked)"), .formula(npv, .amount),
      .text("The total NPV on Flows, financing left out"),
    ])
    let rnpvRow = sheet.append([
      .text("Portfolio rNPV (analytic)"), .formula(rnpv, .amount),
      .text("The enterprise rNPV of the bridge"),
    ])
    let withoutNPV = sheet.append([
      .text("Portfolio NPV without \(result.subject)"), .amount(portfolio.npv - result.npv),
      .text("Runway's figure: the scenario valued again without \(result.subject)"),
    ])
    let withoutRNPV = sheet.append([
      .text("Portfolio rNPV without \(result.subject)"), .amount(portfolio.rnpv - result.rnpv),
      .text("Runway's figure: the scenario valued again without \(result.subject)"),
    ])
    sheet.append([
      .text("NPV (unrisked: every phase succeeds)"),
      .formula("B\(npvRow)-B\(withoutNPV)", .amount),
      .text("The subject's: the portfolio's with it, less without it"),
    ])
    sheet.append([
      .text("rNPV (analytic)"), .formula("B\(rnpvRow)-B\(withoutRNPV)", .amount),
      .text("The subject's: the portfolio's with it, less without it"),
    ])
  }

  /// A bridge line's cell: a sum of the Flows sheet's rNPVs, of the lines
  /// above it, or Runway's figure where no sheet holds its parts.
  private static func bridgeCell(
    _ line: ValueBridge.Line, lines: [String: Int], flows: FlowsSheet, result: ValuationResult
  ) -> (WorkbookCell, String) {
    let sections = BridgeSection.allCases.filter(\.isValue).map(\.rawValue)
    switch line.kind {
    case _ where sections.contains(line.kind):
      let cells = line.components.compactMap { flows.rnpv[$0] }
      return (
        .formula(sum(cells), .amount),
        cells.isEmpty
          ? line.capitalisedNote ?? "No component in this section"
          : "The sum of its components' rNPV on Flows"
      )
    case "enterprise":
      let rows = sections.compactMap { lines[$0] }.map { CellAddress(row: $0, column: 1) }
      return (.formula(sum(rows), .total), "The sum of the lines above")
    case "equity":
      let rows = ["enterprise", "cash", "liabilities"].compactMap { lines[$0] }
        .map { CellAddress(row: $0, column: 1) }
      return (
        .formula(sum(rows), .total), "Enterprise rNPV + cash + the line of what is owed (negative)"
      )
    case "per-share":
      guard let equity = lines["equity"], let shares = result.equity.sharesOutstanding else {
        return (.amount(line.rnpv), "Runway's figure")
      }
      return (
        .formula("B\(equity)/\(shares)", .amount),
        "The equity value over \(AmountFormat.grouped(shares)) shares"
      )
    case "cash":
      return (
        .amount(line.rnpv),
        line.capitalisedNote ?? "The cash on the valuation date, as the scenario states"
      )
    default:
      return (
        .amount(line.rnpv),
        line.capitalisedNote
          ?? ("Runway's figure, negative: the present value of what is owed on sums received "
            + "before the valuation date")
      )
    }
  }

  /// `SUM` of `cells`, or 0 when there are none.
  private static func sum(_ cells: [CellAddress]) -> String {
    cells.isEmpty ? "0" : "SUM(\(cells.map(\.description).joined(separator: ",")))"
  }

  private static func valuationSerial(_ result: ValuationResult) -> Double {
    SpreadsheetDate.serial(result.valuationDate) ?? 0
  }
}

extension ValueBridge.Line {
  /// The line's note as the start of a sentence.
  fileprivate var capitalisedNote: String? {
    note.map { $0.prefix(1).uppercased() + $0.dropFirst() }
  }
}
