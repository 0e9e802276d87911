import RunwayModel

/// The periods of a scenario's cash-flow grid, from the valuation date to
/// the horizon.
///
/// Periods follow the calendar (years, quarters or months), so that a
/// period reads as "2019" or "2019-Q3" in a report; the first one starts on
/// the valuation date and the last one ends on the horizon. Times are days
/// after the valuation date, as real numbers: a phase ending 2.5 years in
/// ends on day 912.5, and discounting uses (1 + r)^−(days/365).
public struct Timeline: Hashable, Sendable {
  /// One period: [start, end) in days after the valuation date.
  public struct Period: Hashable, Sendable {
    public let label: String
    public let start: Double
    public let end: Double
    /// The day its spread flows are dated: its last day, or its middle.
    public let flowDay: Double
    /// The calendar year it belongs to (annual royalty tiers and sales
    /// thresholds count sales from 1 January).
    public let year: Int

    /// Its length in years.
    public var years: Double { (end - start) / 365 }

    /// Years of the period within [from, to) (days after the valuation date).
    public func overlapYears(from: Double, to: Double) -> Double {
      max(0, min(end, to) - max(start, from)) / 365
    }
  }

  public let valuationDate: Day
  public let periods: [Period]

  /// The grid of `settings`.
  public init(settings: Settings) {
    valuationDate = settings.valuationDate
    let origin = settings.valuationDate
    let months = settings.grid.months
    var periods: [Period] = []
    var (year, month, _) = origin.components
    month = (month - 1) / months * months + 1  // the calendar period holding the origin
    var start = origin
    while start <= settings.horizon {
      var nextMonth = month + months
      var nextYear = year
      if nextMonth > 12 {
        nextMonth -= 12
        nextYear += 1
      }
      let next = Day(year: nextYear, month: nextMonth, day: 1)!
      let end = min(next, settings.horizon.adding(days: 1))
      let startDays = Double(origin.days(to: start))
      let endDays = Double(origin.days(to: end))
      let flowDay =
        switch settings.timing {
        case .end: endDays - 1
        case .mid: (startDays + endDays - 1) / 2
        }
      periods.append(
        Period(
          label: Self.label(year: year, month: month, grid: settings.grid), start: startDays,
          end: endDays, flowDay: flowDay, year: year))
      (year, month, start) = (nextYear, nextMonth, next)
    }
    self.periods = periods
  }

  /// The end of the last period, in days after the valuation date.
  public var horizon: Double { periods.last?.end ?? 0 }

  /// The index of the period holding day `t`, or `nil` outside the grid.
  public func period(containing t: Double) -> Int? {
    guard t >= 0, t < horizon else { return nil }
    var low = 0
    var high = periods.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if periods[middle].start <= t { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Days after the valuation date of `day`.
  public func time(of day: Day) -> Double { Double(valuationDate.days(to: day)) }

  private static func label(year: Int, month: Int, grid: PeriodGrid) -> String {
    switch grid {
    case .year: "\(year)"
    case .quarter: "\(year)-Q\((month - 1) / 3 + 1)"
    case .month: month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
    }
  }
}
