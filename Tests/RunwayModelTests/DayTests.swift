import RunwayModel
import Testing

struct DayTests {
  /// Day numbers from Python's `datetime.date` (`(date(y, m, d) −
  /// date(1970, 1, 1)).days`), an independent implementation.
  static let reference: [(Int, Int, Int, Int)] = [
    (1970, 1, 1, 0),
    (2000, 3, 1, 11_017),
    (1900, 1, 1, -25_567),
    (2024, 2, 29, 19_782),
  ]

  @Test(arguments: reference)
  func matchesPythonsCalendar(year: Int, month: Int, day: Int, number: Int) throws {
    let date = try #require(Day(year: year, month: month, day: day))
    #expect(date.number == number)
    #expect(date.components == (year, month, day))
  }

  @Test func countsTheDaysOfMicrosoftsXNPVExample() throws {
    // 2008-01-01 to 2009-04-01 is 366 + 90 = 456 days (2008 is a leap year).
    let start = try #require(Day(year: 2008, month: 1, day: 1))
    let end = try #require(Day(year: 2009, month: 4, day: 1))
    #expect(start.days(to: end) == 456)
    #expect(start.adding(days: 456) == end)
    #expect(end.description == "2009-04-01")
  }

  @Test func rejectsDaysThatDoNotExist() {
    #expect(Day(year: 2019, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)  // divisible by 400
    #expect(Day(year: 1900, month: 2, day: 29) == nil)  // divisible by 100
    #expect(Day(year: 2019, month: 13, day: 1) == nil)
    #expect(Day(year: 2019, month: 4, day: 31) == nil)
  }

  @Test func everyDayRoundTripsOverFourCenturies() {
    let failures = (-146_097...146_097).filter { number in
      let (year, month, day) = Day(number: number).components
      return Day(year: year, month: month, day: day)?.number != number
    }
    #expect(failures.isEmpty)
  }
}
