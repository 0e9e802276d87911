import RunwayEngine
import RunwayModel

/// The workbook's Assumptions sheet: every named input with its
/// distribution, its parameters as numbers, its mean, its source and the
/// path `--set` takes.
struct AssumptionsSheet {
  static let name = "Assumptions"
  private(set) var sheet: Worksheet
  /// Each input's mean cell, by its `--set` path, for the formulas that
  /// read it (the discount rates on Flows).
  private(set) var means: [String: CellAddress] = [:]

  init(_ result: ValuationResult) {
    let pairs = result.assumptions.map(\.parameters.count).max() ?? 0
    sheet = Worksheet(
      name: Self.name,
      widths: [30, 40, 10, 40, 16, 10, 12, 50] + Array(repeating: 14, count: 2 * pairs))
    sheet.frozenRows = 1
    sheet.append(
      ([
        "Input", "Path for --set", "Unit", "Distribution", "Mean (\(result.currency))",
        "Parameters' currency", "Date", "Source",
      ]
        + (0..<pairs).flatMap { ["Parameter \($0 + 1)", "Value \($0 + 1)"] })
        .map(WorkbookCell.heading))
    for assumption in result.assumptions {
      // Parameters in a foreign currency are not in the reporting one.
      let parameterStyle: CellStyle =
        assumption.currency != nil ? .count : Self.style(of: assumption.unit)
      let date = assumption.date.flatMap { SpreadsheetDate.serial($0) }.map {
        WorkbookCell.number($0, .date)
      }
      means[assumption.path] = sheet.address(row: sheet.nextRow, column: 4)
      sheet.append(
        [
          .text(assumption.name), .text(assumption.path),
          .text(assumption.unit?.rawValue ?? ""), .text(AssumptionText.distribution(assumption)),
          assumption.mean.map { .number($0, Self.style(of: assumption.unit)) } ?? .empty,
          .text(assumption.currency ?? ""), date ?? .empty, .text(assumption.source ?? ""),
        ]
          + assumption.parameters.flatMap {
            [
              WorkbookCell.text($0.name),
              .number($0.value, Self.shapes($0.name) ? .plain : parameterStyle),
            ]
          })
    }
  }

  /// Whether parameter `name` shapes a distribution (a beta's α and β, a
  /// PERT's shape, a discrete case's weight) rather than measure the
  /// input, so it is a plain number whatever the input's unit.
  static func shapes(_ name: String) -> Bool {
    ["alpha", "beta", "shape"].contains(name) || name.hasPrefix("weight ")
  }

  /// Money in the currency, shares in percent, years to two decimals,
  /// anything else as it is.
  private static func style(of unit: QuantityUnit?) -> CellStyle {
    switch unit {
    case .money: .amount
    case .share: .rate
    case .years: .twoDecimals
    case .number, nil: .plain
    }
  }
}
