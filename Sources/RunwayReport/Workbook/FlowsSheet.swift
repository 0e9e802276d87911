import RunwayEngine

/// The workbook's Flows sheet: every component's dated flows, unrisked
/// and expected, each discounted by a live formula at its own rate, and
/// per component the sums that give back Runway's NPV and rNPV.
///
/// A flow's factor is (1 + rate)^−(days / 365), days counted from the
/// valuation date: spreadsheet XNPV's convention. XNPV itself is shown
/// beside the sum where a case's flows share one rate and fall on whole
/// days, since it takes one rate and reads dates as whole days.
struct FlowsSheet {
  static let name = "Flows"
  private(set) var sheet = Worksheet(
    name: name, widths: [24, 22, 20, 17, 17, 16, 16, 17, 17, 44])
  /// Each component's NPV and rNPV formula cells, by component id.
  private(set) var npv: [String: CellAddress] = [:]
  private(set) var rnpv: [String: CellAddress] = [:]
  /// The row of the portfolio's total NPV and rNPV.
  private(set) var totalRow = 0
  /// The rows of the flows' table, below its header.
  private var flowRows = 0...0
  private let valuationDate: Double
  private let rates: [String: CellAddress]

  /// A component's flows in one case, and the rows they take.
  private struct Block {
    let component: ComponentResult
    let caseName: String
    let flows: [DatedFlows.Flow]
    /// Whether XNPV can recompute it: one rate, whole days, and a flow
    /// after the valuation date (XNPV needs two dates).
    let takesXNPV: Bool
    /// Whether it opens with the valuation date's row, which XNPV counts
    /// days from, because its first flow is later.
    var opens: Bool { takesXNPV && flows.first?.day != 0 }
    /// The first row (the valuation date's, for XNPV) and the last.
    var first = 0
    var last = 0
  }

  /// `valuationDate` is the valuation date's spreadsheet serial; `rates`
  /// the Assumptions sheet's cells that state each rate, by path.
  init(
    _ result: ValuationResult, flows: [DatedFlows], valuationDate: Double,
    rates: [String: CellAddress]
  ) {
    self.valuationDate = valuationDate
    self.rates = rates
    let byID = Dictionary(uniqueKeysWithValues: flows.map { ($0.component, $0) })
    sheet.append([.heading("Valuation date"), .number(valuationDate, .date)])
    for line in [
      "Present value = amount × (1 + rate)^−(days / 365), days counted from the valuation date: "
        + "spreadsheet XNPV's convention.",
      "NPV sums a component's unrisked flows (every phase succeeds); rNPV its expected flows: "
        + "the average over its programmes' outcomes, each outcome's flows weighted by its "
        + "probability (inputs at their means).",
      "XNPV is shown where a case's flows share one rate and fall on whole days, as XNPV takes "
        + "one rate and reads dates as whole days. The flows below can be filtered; sorting "
        + "them moves the rows each XNPV reads.",
    ] {
      sheet.append([.text(line)])
    }
    sheet.skip()
    let headerRow = sheet.append(
      [
        "Component", "Section", "Kind", "NPV", "rNPV", "NPV by XNPV", "rNPV by XNPV",
        "Runway's NPV", "Runway's rNPV",
      ].map(WorkbookCell.heading))
    // The flows' rows follow the components' table, its total, a blank
    // row and their header.
    let firstFlow = headerRow + result.components.count + 4
    var row = firstFlow
    var blocks: [[Block]] = []
    for component in result.components {
      let dated = byID[component.id]
      var cases: [Block] = []
      for (caseName, caseFlows) in [
        ("unrisked", dated?.unrisked ?? []), ("expected", dated?.expected ?? []),
      ] {
        let oneRate = Set(caseFlows.map(\.rate)).count == 1
        let wholeDays = caseFlows.allSatisfy { $0.day == $0.day.rounded() }
        var block = Block(
          component: component, caseName: caseName, flows: caseFlows,
          takesXNPV: oneRate && wholeDays && caseFlows.contains { $0.day > 0 })
        block.first = row
        block.last = row + caseFlows.count - (block.opens ? 0 : 1)
        row = block.last + 1
        cases.append(block)
      }
      blocks.append(cases)
    }
    // At least one row, so that a scenario without flows still has a
    // range to sum.
    flowRows = firstFlow...max(row - 1, firstFlow)
    for cases in blocks { appendComponent(cases) }
    appendTotal(
      result,
      components: result.components.isEmpty
        ? nil : (headerRow + 1)...(headerRow + result.components.count))
    sheet.skip()
    let flowHeader = sheet.append(
      [
        "Component", "Case", "Date", "Days", "Amount", "Discount rate", "Factor",
        "Present value", "Note",
      ].map(WorkbookCell.heading))
    sheet.filtered = "A\(flowHeader):I\(flowRows.upperBound)"
    for cases in blocks {
      for block in cases { appendFlows(block) }
    }
  }

  /// The component's row: its NPV and rNPV as sums of present values, as
  /// XNPV where it applies, and Runway's own figures beside them.
  private mutating func appendComponent(_ cases: [Block]) {
    let component = cases[0].component
    let row = sheet.nextRow
    npv[component.id] = sheet.address(row: row, column: 3)
    rnpv[component.id] = sheet.address(row: row, column: 4)
    // By component and case, so that filtering or sorting the flows
    // leaves the sums whole.
    let sums = cases.map { block in
      WorkbookCell.formula(
        "SUMIFS(H\(flowRows.lowerBound):H\(flowRows.upperBound),"
          + "A\(flowRows.lowerBound):A\(flowRows.upperBound),A\(row),"
          + "B\(flowRows.lowerBound):B\(flowRows.upperBound),\"\(block.caseName)\")", .amount)
    }
    let xnpv = cases.map { block in
      block.takesXNPV
        ? WorkbookCell.formula(
          "XNPV(F\(block.first),E\(block.first):E\(block.last),C\(block.first):C\(block.last))",
          .amount) : .empty
    }
    let section = BridgeSection(rawValue: component.section)?.label ?? component.section
    sheet.append([
      .text(component.id), .text(section), .text(component.kind), sums[0], sums[1], xnpv[0],
      xnpv[1], .amount(component.npv), .amount(component.rnpv),
    ])
  }

  /// The portfolio's total, financing left out, by formula over the
  /// components' `rows` (none in a scenario with nothing to value),
  /// beside Runway's.
  private mutating func appendTotal(_ result: ValuationResult, components rows: ClosedRange<Int>?) {
    let financing = BridgeSection.financing.label
    func total(_ column: String) -> WorkbookCell {
      guard let rows else { return .number(0, .total) }
      return .formula(
        "SUMIF(B\(rows.lowerBound):B\(rows.upperBound),\"<>\(financing)\","
          + "\(column)\(rows.lowerBound):\(column)\(rows.upperBound))", .total)
    }
    let row = sheet.append([
      .heading("Total, financing left out"), .empty, .empty, total("D"), total("E"), .empty,
      .empty, .number(result.portfolio?.npv ?? result.npv, .total),
      .number(result.portfolio?.rnpv ?? result.rnpv, .total),
    ])
    totalRow = row
  }

  private mutating func appendFlows(_ block: Block) {
    guard !block.flows.isEmpty else { return }
    let id = block.component.id
    if block.opens {
      // XNPV counts days from its first date: the valuation date, with
      // nothing paid on it.
      appendFlow(
        id, block.caseName,
        .init(day: 0, amount: 0, rate: block.flows[0].rate, ratePath: block.flows[0].ratePath),
        note: "XNPV's first date: the valuation date, nothing paid")
    }
    for flow in block.flows { appendFlow(id, block.caseName, flow) }
  }

  /// A flow's row: its date (and time, where an expected date falls
  /// within a day), its amount, its rate (read from Assumptions where the
  /// rate is stated there), and the formulas of its days, factor and
  /// present value.
  private mutating func appendFlow(
    _ id: String, _ caseName: String, _ flow: DatedFlows.Flow, note: String = ""
  ) {
    let row = sheet.nextRow
    let whole = flow.day == flow.day.rounded()
    sheet.append([
      .text(id), .text(caseName), .number(valuationDate + flow.day, whole ? .date : .dateTime),
      .formula("C\(row)-$B$1", .twoDecimals), .amount(flow.amount),
      rates[flow.ratePath].map { .formula($0.description, .rate) } ?? .number(flow.rate, .rate),
      .formula("(1+F\(row))^(-D\(row)/365)", .decimal), .formula("E\(row)*G\(row)", .amount),
      note.isEmpty ? .empty : .text(note),
    ])
  }
}
