import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// What "linear" means, beside the step ramp and a year-by-year forecast.
struct SalesRampTests {
  /// A drug approved and launched on 2022-01-01 with `market`, sold
  /// without costs: its programme's flow in each year is its sales (the
  /// mean over `paths` paths).
  static func sales(_ market: String, paths: Int = 16) throws -> [Double] {
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
    let result = try Valuing.run(text, paths: paths)
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
  /// continuously: 30M·f + 30M·(1 − 0.5^(1−f))/ln 2 in 2023, and after
  /// the forecast's last year 30M·0.5^(1−f)·(1 − 0.5)/ln 2 in 2024.
  @Test func exclusivityCanEndWithinAForecastStep() throws {
    let sales = try Self.sales(
      "forecast: [10M, 30M], lossOfExclusivity: 2023-07-01, erosion: 50%")
    let f = 181.0 / 365
    let expected = 30e6 * f + 30e6 * (1 - pow(0.5, 1 - f)) / log(2)
    let after = 30e6 * pow(0.5, 1 - f) * 0.5 / log(2)
    #expect(abs(sales[0] - 10e6) < 1e-3)
    #expect(abs(sales[1] - expected) < 1e-12 * expected)
    #expect(abs(sales[2] - after) < 1e-12 * after)
  }

  /// A forecast whose exclusivity ends after its last year erodes from
  /// that year's sales: 30M a year to 2025, then halving each year,
  /// continuously: 30M·(1 − 0.5)/ln 2 in 2025, half that in 2026.
  @Test func aForecastErodesFromItsLastYear() throws {
    let sales = try Self.sales(
      "forecast: [10M, 30M], lossOfExclusivity: 2025-01-01, erosion: 50%")
    let eroding = 30e6 * 0.5 / log(2)
    for (got, expected) in zip(sales, [10e6, 30e6, 30e6, eroding, eroding / 2]) {
      #expect(abs(got - expected) <= 1e-12 * expected)
    }
  }

  /// Each path's step ramp has its own steps.
  ///
  /// The curve is kept from path to path. Over 2 or 4 years with even
  /// odds, the years after launch sell (50M + 25M)/2, (100M + 50M)/2,
  /// (100M + 75M)/2 and then 100M on average. The share of 2-year paths
  /// among n is within 4·0.5/√n of a half (four standard errors), which
  /// bounds each year's error.
  @Test func eachPathRampsOverItsOwnSteps() throws {
    let paths = 20_000
    let sales = try Self.sales(
      "peakSales: 100M, ramp: step, "
        + "yearsToPeak: {distribution: discrete, values: [2, 4], weights: [1, 1]}",
      paths: paths)
    let slack = 4 * 0.5 / Double(paths).squareRoot()
    let years = [(50e6, 25e6), (100e6, 50e6), (100e6, 75e6), (100e6, 100e6), (100e6, 100e6)]
    for (got, (short, long)) in zip(sales, years) {
      #expect(abs(got - (short + long) / 2) <= (short - long) * slack + 1e-6)
    }
  }

  /// On the plateau, erosion of e a year from 1 January 2023 sells
  /// 100M·((1 − e)^k − (1 − e)^(k−1))/ln(1 − e) in the k-th year: exact
  /// for a small erosion too (1 %), and nothing at all after an erosion of
  /// 100 % (2023-07-01: the first 181 days of 2023 only).
  @Test(arguments: [0.01, 0.25])
  func erosionOnThePlateauIsExact(erosion: Double) throws {
    let sales = try Self.sales(
      "peakSales: 100M, yearsToPeak: 0, lossOfExclusivity: 2023-01-01, erosion: \(erosion)")
    let kept = 1 - erosion
    for (k, got) in sales.dropFirst().enumerated() {
      let expected = 100e6 * (pow(kept, Double(k + 1)) - pow(kept, Double(k))) / log(kept)
      #expect(abs(got - expected) < 1e-12 * expected, "year \(k + 1) after the loss")
    }
    let stopped = try Self.sales(
      "peakSales: 100M, yearsToPeak: 0, lossOfExclusivity: 2023-07-01, erosion: 100%")
    for (got, expected) in zip(stopped, [100e6, 100e6 * 181 / 365, 0, 0, 0]) {
      #expect(abs(got - expected) <= 1e-12 * expected)
    }
  }

  /// An S ramp over 2022–2025 that exclusivity ends within (2023-07-01,
  /// 30 % a year): each year's sales within 10⁻¹⁰ of Simpson's rule on a
  /// fine grid of the rate, 100M·(3x² − 2x³)·0.7^(t − loss).
  @Test func aRampErodingBeforeItsPeak() throws {
    let sales = try Self.sales(
      "peakSales: 100M, yearsToPeak: 4, ramp: s-curve, lossOfExclusivity: 2023-07-01, erosion: 30%"
    )
    let loss = 1 + 181.0 / 365
    func rate(_ t: Double) -> Double {
      let x = min(t / 4, 1)
      return 100e6 * x * x * (3 - 2 * x) * (t > loss ? pow(0.7, t - loss) : 1)
    }
    for (year, got) in sales.enumerated() {
      // Simpson's rule on each side of the loss, where the rate has a kink.
      let (a, b) = (Double(year), Double(year + 1))
      let knots = a < loss && loss < b ? [a, loss, b] : [a, b]
      let expected = zip(knots, knots.dropFirst()).reduce(0.0) { total, piece in
        let steps = 20_000
        let h = (piece.1 - piece.0) / Double(steps)
        let inner = (1..<steps).reduce(0.0) {
          $0 + (($1 % 2 == 1) ? 4 : 2) * rate(piece.0 + Double($1) * h)
        }
        return total + (rate(piece.0) + inner + rate(piece.1)) * h / 3
      }
      #expect(abs(got - expected) < 1e-10 * expected, "\(2022 + year): \(got) against \(expected)")
    }
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
