import RunwayEngine

/// A two-way table as a board reads it: one input down, the other across,
/// each at its P10 to P90, the total rNPV in each cell.
enum TwoWayTableText {
  static func tables(_ result: ValuationResult, labels: InputLabel) -> [ReportTable] {
    let amount = BoardSummary.amount
    return (result.twoWayTables ?? []).map { table in
      let down = labels.text(input: table.rows.input)
      let across = labels.text(input: table.columns.input)
      func value(_ axis: InputAxis, _ index: Int) -> String {
        "\(InputAxis.levelNames[index]) \(InputLabel.value(axis.values[index], unit: axis.unit))"
      }
      return ReportTable(
        header: ["\(down) ↓, \(across) →"]
          + table.columns.values.indices.map { value(table.columns, $0) },
        rows: table.rnpv.enumerated().map { index, cells in
          [value(table.rows, index)] + cells.map(amount)
        },
        caption:
          "The total rNPV with \(down) (down, \(table.rows.input)) and \(across) (across, \(table.columns.input)) each at its P10, P25, P50, P75 and P90, every other input at base."
      )
    }
  }
}
