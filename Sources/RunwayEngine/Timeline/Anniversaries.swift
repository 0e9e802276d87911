import RunwayModel

/// The same day of the year, year after year (28 February for 29 February
/// in a common year): yearly instalments fall on anniversaries, as
/// contracts write them, not every 365 days.
public struct Anniversaries: Sendable {
  private let valuationDate: Day
  /// The first day's calendar date, and its time of day.
  private let year: Int
  private let month: Int
  private let day: Int
  private let time: Double
  private let fraction: Double

  /// The anniversaries of `date`, at `time` days after `valuationDate`.
  init(valuationDate: Day, date: Day, time: Double) {
    self.valuationDate = valuationDate
    (year, month, day) = date.components
    self.time = time
    fraction = time - time.rounded(.down)
  }

  /// The anniversary `years` later, in days after the valuation date.
  public func later(by years: Int) -> Double {
    let later =
      Day(year: year + years, month: month, day: day)
      ?? Day(year: year + years, month: month, day: day - 1)
    guard let later else { return time + 365 * Double(years) }
    return Double(valuationDate.days(to: later)) + fraction
  }
}
