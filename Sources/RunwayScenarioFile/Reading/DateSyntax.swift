import Foundation
import RunwayModel

/// Dates as people write them in a scenario.
///
/// `2019-03-20`, `2019-Q1` or `2019`: a quarter or a year names a period: its first day, or its last
/// day where the field marks an end (a horizon).
enum DateSyntax {
  static let expectation = "a date such as 2019-03-20, 2019-Q1 or 2019"

  static func parse(_ text: String, atPeriodEnd: Bool = false) -> Day? {
    let parts = text.trimmingCharacters(in: .whitespaces).split(
      separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    switch parts.count {
    case 1:
      return atPeriodEnd ? Day(year: year, month: 12, day: 31) : Day(year: year, month: 1, day: 1)
    case 2 where parts[1].count == 2 && parts[1].first == "Q":
      guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
      let lastMonth = quarter * 3
      return atPeriodEnd
        ? Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))
        : Day(year: year, month: lastMonth - 2, day: 1)
    case 3 where parts[1].count == 2 && parts[2].count == 2:
      guard let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
      return Day(year: year, month: month, day: day)
    default:
      return nil
    }
  }
}
