import RunwayModel

/// The same day of the year, year after year (28 February for 29 February
/// in a common year): yearly instalments fall on anniversaries, as
/// contracts write them, not every 365 days.
public struct Anniversaries: Sendable {
  private let valuationDate: Day
  /// The first anniversary's calendar date.
  private let year: Int
  private let month: Int
  private let day: Int
  /// The first one in days after the valuation date, and its part of a day.
  private let first: Double
  private let fraction: Double

  /// The anniversaries of day `first` after `valuationDate`.
  init(valuationDate: Day, first: Double) {
    self.valuationDate = valuationDate
    let whole = first.rounded(.down)
    (year, month, day) = valuationDate.adding(days: Int(whole)).components
    self.first = first
    fraction = first - whole
  }

  /// The anniversary `years` later, in days after the valuation date.
  public func later(by years: Int) -> Double {
    let later =
      Day(year: year + years, month: month, day: day)
      ?? Day(year: year + years, month: month, day: day - 1)
    guard let later else { return first + 365 * Double(years) }
    return Double(valuationDate.days(to: later)) + fraction
  }
}
