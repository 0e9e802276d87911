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
  ///
  /// Plain numbers only (its label is in ``labels``): the engine reads
  /// periods on every path, and a copy of one with a string would retain
  /// it.
  public struct Period: Hashable, Sendable {
    public let start: Double
    public let end: Double
    /// The day its spread flows are dated: its last day, or its middle.
    public let flowDay: Double
    /// The calendar year it belongs to (annual royalty tiers and sales
    /// thresholds count sales from 1 January).
    public let year: Int
    /// Its start and end on the calendar-year scale of ``calendarYear(at:)``.
    public let startYear: Double
    public let endYear: Double

    /// Its length in years of 365 days.
    public var years: Double { (end - start) / 365 }

    /// Years of the period within [from, to) (days after the valuation date).
    public func overlapYears(from: Double, to: Double) -> Double {
      max(0, min(end, to) - max(start, from)) / 365
    }
  }

  public let valuationDate: Day
  public let periods: [Period]
  /// Each period's label: "2019", "2019-Q3" or "2019-07".
  public let labels: [String]
  /// Periods per day on average, which places a day within a period or two.
  private let periodsPerDay: Double

  /// The grid of `settings`.
  public init(settings: Settings) {
    valuationDate = settings.valuationDate
    let origin = settings.valuationDate
    let months = settings.grid.months
    var periods: [Period] = []
    var labels: [String] = []
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
      guard let next = Day(year: nextYear, month: nextMonth, day: 1) else { break }
      let end = min(next, settings.horizon.adding(days: 1))
      let startDays = Double(origin.days(to: start))
      let endDays = Double(origin.days(to: end))
      let flowDay =
        switch settings.timing {
        case .end: endDays - 1
        case .mid: (startDays + endDays - 1) / 2
        }
      labels.append(Self.label(year: year, month: month, grid: settings.grid))
      periods.append(
        Period(
          start: startDays, end: endDays, flowDay: flowDay, year: year,
          startYear: Self.calendarYear(of: start, fraction: 0),
          endYear: Self.calendarYear(of: end, fraction: 0)))
      (year, month, start) = (nextYear, nextMonth, next)
    }
    self.periods = periods
    self.labels = labels
    periodsPerDay = periods.last.map { Double(periods.count) / $0.end } ?? 0
  }

  /// The end of the last period, in days after the valuation date.
  public var horizon: Double { periods.last?.end ?? 0 }

  /// The index of the period holding day `t`, or `nil` outside the grid.
  ///
  /// Calendar periods are of nearly equal length, so the average places
  /// the day at most a period or two away; a short walk finds it. (A
  /// binary search's branches mispredict on every path.)
  @inline(__always)
  public func period(containing t: Double) -> Int? {
    guard t >= 0, t < horizon else { return nil }
    var index = min(periods.count - 1, Int(t * periodsPerDay))
    while periods[index].start > t { index -= 1 }
    while index + 1 < periods.count, periods[index + 1].start <= t { index += 1 }
    return index
  }

  /// The anniversaries of day `t`, its calendar date found once: an
  /// instalment schedule asks for year after year of them.
  public func anniversaries(of t: Double) -> Anniversaries {
    Anniversaries(valuationDate: valuationDate, first: t)
  }

  /// Day `t` on the calendar-year scale.
  ///
  /// 2024.5 is noon on 1 July 2024 (183.5 of its 366 days). Sales rates are per calendar year, so that
  /// 10M a year is 10M in a leap year too, as in a spreadsheet.
  public func calendarYear(at t: Double) -> Double {
    let whole = t.rounded(.down)
    return Self.calendarYear(of: valuationDate.adding(days: Int(whole)), fraction: t - whole)
  }

  private static func calendarYear(of day: Day, fraction: Double) -> Double {
    let year = day.components.year
    guard let january = Day(year: year, month: 1, day: 1) else { return Double(year) }
    let length = Day.isLeap(year) ? 366.0 : 365.0
    return Double(year) + (Double(january.days(to: day)) + fraction) / length
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
