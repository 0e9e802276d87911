import Foundation

/// How every amount in every report is written: one place, so that the
/// summary, the tables and the chart axes never disagree.
///
/// Two styles: `grouped` for tables a finance team checks ("1,234,568",
/// with thousands separators and a fixed number of decimals), and `compact`
/// for headlines and axis labels a board reads ("€19.5M", "1.2bn", "750k").
/// The minus sign is ASCII "-" so that a pasted figure stays a number in a
/// spreadsheet.
public enum AmountFormat {
  /// `value` rounded to `decimals` places, with comma thousands separators.
  public static func grouped(_ value: Double, decimals: Int = 0) -> String {
    precondition(value.isFinite, "a report never shows a non-finite amount")
    precondition((0...9).contains(decimals), "between 0 and 9 decimals")
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let isNegative = value < 0 && rounded > 0
    // Beyond 2^53 a Double has no fraction, and beyond 2^63 no Int holds
    // it: the digits come from printing the Double itself.
    guard rounded < 0x1p53 else {
      let digits = String(format: "%.0f", abs(value))
      let text = (isNegative ? "-" : "") + groupedDigits(digits)
      return decimals > 0 ? text + "." + String(repeating: "0", count: decimals) : text
    }
    let units = Int(rounded / scale)
    let fraction = Int(rounded - Double(units) * scale)
    var text = (isNegative ? "-" : "") + groupedDigits(String(units))
    if decimals > 0 {
      let fractionText = String(fraction)
      text += "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
    }
    return text
  }

  /// `digits` with a comma between each group of three from the right.
  private static func groupedDigits(_ digits: String) -> String {
    var digits = digits
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(digits.suffix(3), at: 0)
      digits = String(digits.dropLast(3))
    }
    groups.insert(Substring(digits), at: 0)
    return groups.joined(separator: ",")
  }

  /// A short form with a k, M or bn suffix and three significant digits at
  /// most (`19.5M`, `-3.75k`, `1.2bn`, `950`), prefixed by `symbol`.
  public static func compact(_ value: Double, symbol: String = "") -> String {
    precondition(value.isFinite, "a report never shows a non-finite amount")
    let magnitude = abs(value)
    let (divisor, suffix): (Double, String) =
      switch magnitude {
      case 999_500_000...: (1e9, "bn")
      case 999_500...: (1e6, "M")
      case 999.5...: (1e3, "k")
      default: (1, "")
      }
    let scaled = magnitude / divisor
    let decimals = scaled >= 99.95 ? 0 : (scaled >= 9.995 ? 1 : 2)
    var number = grouped(scaled, decimals: divisor == 1 ? 0 : decimals)
    if number.contains(".") {
      while number.hasSuffix("0") { number.removeLast() }
      if number.hasSuffix(".") { number.removeLast() }
    }
    let sign = value < 0 && number != "0" ? "-" : ""
    return sign + symbol + number + suffix
  }

  /// A figure of any scale: `compact` from a thousand up, and up to three
  /// significant digits below (`0.307`, `6`, `12.5`), so that a share or a
  /// number of years reads as itself rather than as "0".
  public static func figure(_ value: Double) -> String {
    precondition(value.isFinite, "a report never shows a non-finite figure")
    guard abs(value) < 999.5 else { return compact(value) }
    let magnitude = abs(value)
    let decimals = magnitude == 0 ? 0 : max(0, min(6, 2 - Int((log10(magnitude)).rounded(.down))))
    var number = grouped(value, decimals: decimals)
    if number.contains(".") {
      while number.hasSuffix("0") { number.removeLast() }
      if number.hasSuffix(".") { number.removeLast() }
    }
    return number == "-0" ? "0" : number
  }

  /// The symbol written before a compact amount in `currency` (an ISO
  /// code): `€`, `$`, `£`, `¥`, `₩`, or the code and a space.
  public static func symbol(currency: String) -> String {
    switch currency {
    case "EUR": "€"
    case "USD": "$"
    case "GBP": "£"
    case "JPY", "CNY": "¥"
    case "KRW": "₩"
    default: currency + " "
    }
  }

  /// `value` rounded to the decade of its standard error: a figure no more
  /// precise than its noise allows (−24.6M ± 1.02M reads −25M ± 1M).
  public static func rounded(_ value: Double, standardError: Double) -> Double {
    guard standardError > 0, standardError.isFinite else { return value }
    let step = pow(10, (log10(standardError)).rounded(.down))
    return (value / step).rounded() * step
  }
}
