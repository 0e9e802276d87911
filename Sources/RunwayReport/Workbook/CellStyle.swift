/// How a cell is shown: its font and number format.
///
/// The raw value is the index of its format record in the workbook's styles (`cellXfs`).
enum CellStyle: Int, CaseIterable {
  case plain
  case heading
  /// The reporting currency, whole units.
  case amount
  /// A total: an amount in bold.
  case total
  /// `yyyy-mm-dd`.
  case date
  /// `yyyy-mm-dd hh:mm:ss`.
  case dateTime
  /// A rate to two decimals of a percent (a discount rate, an IRR).
  case rate
  /// A probability or share to a tenth of a percent.
  case share
  /// Six decimals: discount factors and years.
  case decimal
  /// A whole count with thousands separators.
  case count
  /// Two decimals: durations in years, days that may fall within a day.
  case twoDecimals
  /// Text wrapped on as many lines as its cell needs, from the top.
  case wrapped

  /// The number format's id: built-in below 164, the workbook's own from
  /// 164 (``WorkbookStyles``).
  var numberFormat: Int {
    switch self {
    case .plain, .heading, .wrapped: 0
    case .amount, .total: 164
    case .date: 165
    case .dateTime: 168
    case .rate: 10
    case .share: 166
    case .decimal: 167
    case .count: 3
    case .twoDecimals: 2
    }
  }

  var isBold: Bool { self == .heading || self == .total }
}
