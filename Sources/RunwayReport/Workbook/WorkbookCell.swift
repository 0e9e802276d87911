/// One cell of a workbook: text, a number or a formula, each shown in a
/// ``CellStyle``.
enum WorkbookCell: Hashable {
  case empty
  case text(String, CellStyle = .plain)
  /// A sentence Runway wrote, which begins with its own words or figures,
  /// never with a user's text: stored as it is (a leading minus sign
  /// included), wrapped.
  case sentence(String)
  /// A number; a date is its spreadsheet serial (days since 1899-12-30)
  /// shown in ``CellStyle/date``.
  case number(Double, CellStyle)
  /// A formula in A1 notation, without its `=`. The workbook stores no
  /// result for it: the spreadsheet computes it on opening.
  case formula(String, CellStyle)

  /// A heading: bold text.
  static func heading(_ text: String) -> WorkbookCell { .text(text, .heading) }

  /// An amount in the reporting currency.
  static func amount(_ value: Double) -> WorkbookCell { .number(value, .amount) }
}
