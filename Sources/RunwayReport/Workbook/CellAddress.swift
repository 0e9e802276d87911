/// A cell's A1 address, which formulas use to refer to it.
struct CellAddress: Hashable, CustomStringConvertible {
  /// From 1, as a spreadsheet counts.
  let row: Int
  /// From 0: column A is 0.
  let column: Int
  /// The sheet's name when the address is read from another sheet.
  var sheet: String? = nil

  /// `A`, …, `Z`, `AA`, … for columns 0, …, 25, 26, ….
  static func letters(_ column: Int) -> String {
    var index = column + 1
    var letters = ""
    while index > 0 {
      let remainder = (index - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      index = (index - 1) / 26
    }
    return letters
  }

  /// `B7`, or `Flows!B7` when it names a sheet.
  var description: String {
    (sheet.map { $0 + "!" } ?? "") + Self.letters(column) + String(row)
  }

  /// The same cell read from another sheet.
  func on(_ sheet: String) -> CellAddress {
    CellAddress(row: row, column: column, sheet: sheet)
  }

  /// The range from this cell to `end`, on this cell's sheet: `B2:B9`.
  func through(_ end: CellAddress) -> String {
    "\(self):\(Self.letters(end.column))\(end.row)"
  }
}
