/// A calendar day, stored as the number of days since 1970-01-01.
///
/// Valuation counts actual days (XNPV's convention: years are days / 365),
/// so a plain day number is all the engine needs; it avoids time zones and
/// clocks, which have no place in a valuation. Conversion to and from the
/// proleptic Gregorian calendar uses Howard Hinnant's `days_from_civil`
/// algorithms (chrono-Compatible Low-Level Date Algorithms, 2013).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let number: Int

  public init(number: Int) { self.number = number }

  /// The day `year`-`month`-`day`, or `nil` when no such day exists
  /// (2019-02-29, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
      return nil
    }
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    number = era * 146_097 + dayOfEra - 719_468
  }

  /// Year, month and day of the calendar.
  public var components: (year: Int, month: Int, day: Int) {
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int { other.number - number }

  /// The day `count` days later.
  public func adding(days count: Int) -> Day { Day(number: number + count) }

  /// Whether `year` has a 29 February.
  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Length of `month` in `year`.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

  /// ISO 8601, `2019-03-20`.
  public var description: String {
    let (year, month, day) = components
    let paddedMonth = month < 10 ? "0\(month)" : "\(month)"
    let paddedDay = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(paddedMonth)-\(paddedDay)"
  }
}
