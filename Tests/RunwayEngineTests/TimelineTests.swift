import RunwayEngine
import RunwayModel
import Testing

/// The grid's lookup of the period holding a day, against the definition
/// (the last period starting on or before the day), and the calendar's
/// anniversaries against day counts by hand.
struct TimelineTests {
  /// A valuation date inside a period, so that the first period is short,
  /// and a horizon over leap years.
  static func timeline(_ grid: PeriodGrid) throws -> Timeline {
    Timeline(
      settings: Settings(
        id: "t", name: "t", valuationDate: try #require(Day(year: 2025, month: 5, day: 17)),
        currency: "EUR", grid: grid, horizon: try #require(Day(year: 2041, month: 2, day: 3)),
        discountRate: .fixed(0.1), timing: .end, fx: [:], simulation: SimulationSettings(),
        startingCash: nil))
  }

  @Test(arguments: [PeriodGrid.year, .quarter, .month])
  func everyDayFindsThePeriodThatHoldsIt(grid: PeriodGrid) throws {
    let timeline = try Self.timeline(grid)
    let starts = timeline.periods.map(\.start)
    var t = 0.0
    while t < timeline.horizon {
      let expected = starts.lastIndex { $0 <= t }
      #expect(timeline.period(containing: t) == expected, "day \(t)")
      t += 0.25
    }
    #expect(timeline.period(containing: -0.5) == nil)
    #expect(timeline.period(containing: timeline.horizon) == nil)
    #expect(timeline.period(containing: timeline.horizon - 0.5) == timeline.periods.count - 1)
  }

  /// Yearly instalments fall on the same calendar day and time of day.
  ///
  /// 28 February stands for 29 February in a common year. Days after 17 May
  /// 2025: 17 November 2025 is 184, 17 November 2028 1,280 (over 29
  /// February 2028, so not 3 × 365 days later); 29 February 2028 is 1,018,
  /// 28 February 2029 1,383, 29 February 2032 2,479.
  @Test func anniversariesKeepTheCalendarDay() throws {
    let timeline = try Self.timeline(.year)
    #expect(timeline.anniversaries(of: 184).later(by: 3) == 1_280)
    let leapDay = timeline.anniversaries(of: 1_018.5)
    #expect(leapDay.later(by: 1) == 1_383.5)
    #expect(leapDay.later(by: 4) == 2_479.5)
  }
}
