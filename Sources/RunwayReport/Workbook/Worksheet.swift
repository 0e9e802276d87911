/// One sheet of a workbook: its name, its rows, how wide its columns are
/// and how many rows stay in view as it scrolls.
struct Worksheet {
  /// At most 31 characters, as Excel allows.
  let name: String
  /// Each column's width in characters, from column A.
  var widths: [Double]
  /// Rows frozen at the top (the table's header).
  var frozenRows = 0
  /// The range a filter and sort applies to (`A34:I2000`), if any.
  var filtered: String?
  private(set) var rows: [[WorkbookCell]] = []
  /// Cells merged into one: a row and its columns.
  private(set) var merged: [(row: Int, columns: ClosedRange<Int>)] = []
  /// Rows given a height in points, by number.
  private(set) var heights: [Int: Double] = [:]

  init(name: String, widths: [Double]) {
    precondition(name.count <= 31, "a sheet's name has at most 31 characters")
    self.name = name
    self.widths = widths
  }

  /// The number the next appended row will have (from 1).
  var nextRow: Int { rows.count + 1 }

  /// Appends `cells` as a row; returns its number.
  @discardableResult
  mutating func append(_ cells: [WorkbookCell]) -> Int {
    rows.append(cells)
    return rows.count
  }

  /// Appends a row of a label and a sentence that spans `columns`, tall
  /// enough for its wrapped lines (Excel does not fit merged cells).
  mutating func append(_ label: WorkbookCell, sentence: String, spanning columns: ClosedRange<Int>)
  {
    let row = append([label, .sentence(sentence)])
    merged.append((row, columns))
    let width = columns.reduce(0) { $0 + (widths.indices.contains($1) ? widths[$1] : 10) }
    let lines = (Double(sentence.count) / width).rounded(.up)
    heights[row] = 15 * max(lines, 1)
  }

  /// Appends an empty row.
  mutating func skip() { rows.append([]) }

  /// The address of `column` in row `row`, as another sheet refers to it.
  func address(row: Int, column: Int) -> CellAddress {
    CellAddress(row: row, column: column, sheet: name)
  }
}
