import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// What "linear" means, beside the step ramp and a year-by-year forecast.
struct SalesRampTests {
  /// A drug approved and launched on 2022-01-01 with `market`, sold
  /// without costs: its programme's flow in each year is its sales.
  static func sales(_ market: String) throws -> [Double] {
    let text =
      Valuing.settings(horizon: "2026")
        + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {launchLag: 0, \(market)}
        """
    let result = try Valuing.run(text, paths: 16)
    return try (2022...2026).map { try #require(result.flow("drug", in: String($0))) }
  }

  /// Over a 4-year ramp to 100M, a linear ramp's rate climbs steadily, so
  /// each year sells its average (12.5M, 37.5M, …); a step ramp sells a
  /// further quarter each year; a forecast gives each year's sales and
  /// holds the last.
  @Test(arguments: [
    ("peakSales: 100M, yearsToPeak: 4, ramp: linear", [12.5e6, 37.5e6, 62.5e6, 87.5e6, 100e6]),
    ("peakSales: 100M, yearsToPeak: 4, ramp: step", [25e6, 50e6, 75e6, 100e6, 100e6]),
    ("forecast: [10M, 30M, 60M]", [10e6, 30e6, 60e6, 60e6, 60e6]),
  ])
  func eachRampSellsWhatItSays(market: String, expected: [Double]) throws {
    let sales = try Self.sales(market)
    for (year, (got, want)) in zip(2022..., zip(sales, expected)) {
      #expect(abs(got - want) < 1e-3, "\(year): \(got) against \(want)")
    }
  }

  /// A forecast step that exclusivity ends within: 30M a year to
  /// 2023-07-01 (a fraction f = 181/365 of 2023), then halving each year,
  /// continuously: 30M·f + 30M·(1 − 0.5^(1−f))/ln 2 in 2023.
  @Test func exclusivityCanEndWithinAForecastStep() throws {
    let sales = try Self.sales(
      "forecast: [10M, 30M], lossOfExclusivity: 2023-07-01, erosion: 50%")
    let f = 181.0 / 365
    let expected = 30e6 * f + 30e6 * (1 - pow(0.5, 1 - f)) / log(2)
    #expect(abs(sales[0] - 10e6) < 1e-3)
    #expect(abs(sales[1] - expected) < 1e-8 * expected)
  }

  @Test func aForecastBesideAPeakIsALocatedError() {
    let text =
      Valuing.settings()
        + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: Phase 3, start: 2021-01-01, duration: 1, cost: 0, successProbability: 100%}
            market: {peakSales: 100M, forecast: [10M]}
        """
    guard case .failure(let error) = ScenarioFile.parse(text, file: "t.yaml") else {
      Issue.record("validated")
      return
    }
    #expect(
      error.diagnostics.map(\.description).contains {
        $0.contains("programs.drug.market.peakSales and forecast both give the sales")
      })
  }
}
