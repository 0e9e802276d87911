import Foundation

/// How a figure is written in a CSV: a plain number with a dot and no
/// thousands separator, rounded to the cent, so a spreadsheet reads it as
/// a number in any locale that imports CSV with a dot.
enum CSVNumber {
  static func amount(_ value: Double) -> String {
    AmountFormat.grouped(value, decimals: 2).replacingOccurrences(of: ",", with: "")
  }

  static func share(_ value: Double) -> String {
    AmountFormat.grouped(value, decimals: 6).replacingOccurrences(of: ",", with: "")
  }
}
