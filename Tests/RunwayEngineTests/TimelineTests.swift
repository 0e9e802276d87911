import RunwayEngine
import RunwayModel
import Testing

/// The grid's lookup of the period holding a day, against the definition:
/// the last period starting on or before the day.
struct TimelineTests {
  @Test(arguments: [PeriodGrid.year, .quarter, .month])
  func everyDayFindsThePeriodThatHoldsIt(grid: PeriodGrid) throws {
    // A valuation date inside a period, so that the first period is short,
    // and a horizon over leap years.
    let timeline = Timeline(
      settings: Settings(
        id: "t", name: "t", valuationDate: try #require(Day(year: 2025, month: 5, day: 17)),
        currency: "EUR", grid: grid, horizon: try #require(Day(year: 2041, month: 2, day: 3)),
        discountRate: .fixed(0.1), timing: .end, fx: [:], simulation: SimulationSettings(),
        startingCash: nil))
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
}
