import RunwayModel

/// A program's market compiled for the engine: every number as an input
/// slot, the loss of exclusivity on the calendar-year scale.
///
/// A class, immutable, for the reason ``ProgramModel`` is: bound on every
/// approved path, a struct would retain its dictionary and arrays.
final class MarketModel: Sendable {
  let launchLagYears: Input
  let peakSales: Input
  let yearsToPeak: Input
  let ramp: Market.Ramp
  let lossOfExclusivity: Double?
  let erosion: Input
  let cogs: Input
  let operatingCosts: Input
  let territories: [String: Double]
  /// Annual sales in each year after launch, in place of peak and ramp.
  let forecast: [Input]?

  /// `market`, its inputs keyed under `field` (`programs.<id>.market`).
  init(_ market: Market, field: String, plan: inout InputPlan, timeline: Timeline)
    throws(ValuationError)
  {
    launchLagYears = try plan.input(market.launchLag, path: "\(field).launchLag")
    peakSales = try plan.input(market.peakSales, path: "\(field).peakSales")
    yearsToPeak = try plan.input(market.yearsToPeak, path: "\(field).yearsToPeak")
    ramp = market.ramp
    lossOfExclusivity = market.lossOfExclusivity.map {
      timeline.calendarYear(at: timeline.time(of: $0))
    }
    erosion = try plan.input(market.erosion, path: "\(field).erosion")
    cogs = try plan.input(market.cogs, path: "\(field).cogs")
    operatingCosts = try plan.input(market.operatingCosts, path: "\(field).operatingCosts")
    territories = market.territories
    forecast = try market.forecast.map { years throws(ValuationError) in
      var inputs: [Input] = []
      for (index, year) in years.enumerated() {
        inputs.append(try plan.input(year, path: "\(field).forecast[\(index)]"))
      }
      return inputs
    }
  }

  /// Starts the sales of a programme approved on day `approval` on the
  /// path of inputs `row`: its curve, restarted in place, and each
  /// period's sales.
  func launch(
    approvedOn approval: Double, row: [Double], timeline: Timeline, into path: inout ProgramPath
  ) {
    let launch = approval + 365 * max(0, launchLagYears.value(row))
    path.curve.restart(
      launchDay: launch, launch: timeline.calendarYear(at: launch),
      peakSales: peakSales.value(row), yearsToPeak: yearsToPeak.value(row), ramp: ramp,
      lossOfExclusivity: lossOfExclusivity, erosion: erosion.value(row), forecast: forecast,
      row: row)
    path.isSelling = true
    path.marginShare = 1 - cogs.value(row) - operatingCosts.value(row)
    guard let first = timeline.period(containing: max(0, launch)) else { return }
    // A period's sales are the cumulative sales at its end less those at
    // its start, which the period before computed.
    var before = path.curve.cumulative(timeline.periods[first].startYear)
    for period in first..<timeline.periods.count {
      let after = path.curve.cumulative(timeline.periods[period].endYear)
      path.sell(after - before, in: period)
      before = after
    }
  }

  /// The highest annual sales at base: the peak, or the forecast's top.
  func peak(_ row: [Double]) -> Double {
    forecast.map { $0.map { $0.value(row) }.max() ?? 0 } ?? peakSales.value(row)
  }
}
