import RunwayModel

/// Dates as people write them in a scenario: `2019-03-20`, `2019-Q1` (the
/// quarter's first day) or `2019` (1 January).
enum DateSyntax {
  static let expectation = "a date such as 2019-03-20, 2019-Q1 or 2019"

  static func parse(_ text: String) -> Day? {
    let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    switch parts.count {
    case 1:
      return Day(year: year, month: 1, day: 1)
    case 2 where parts[1].count == 2 && parts[1].first == "Q":
      guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
      return Day(year: year, month: quarter * 3 - 2, day: 1)
    case 3 where parts[1].count == 2 && parts[2].count == 2:
      guard let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
      return Day(year: year, month: month, day: day)
    default:
      return nil
    }
  }
}
