import Foundation
import RunwayModel
import RunwayNumerics

/// Annual net sales of an approved program over time: a ramp from launch
/// to peak, a plateau, and erosion after the loss of exclusivity.
///
/// Time is on the calendar-year scale (``Timeline/calendarYear(at:)``), so
/// that annual sales are the same in a leap year.
///
/// The ramp is linear or a smoothstep S (3x² − 2x³, flat at both ends), or
/// annual steps: a step ramp's, or a year-by-year forecast's; after the
/// loss of exclusivity the rate falls by the erosion share each year,
/// continuously. Sales are differences of the cumulative sales since
/// launch (``cumulative(_:)``), which has a closed form on every piece but
/// one: a smooth ramp that erodes before its peak, integrated by a
/// five-point Gauss–Legendre rule on each year (within 10⁻¹⁰ of Simpson's
/// rule on a fine grid, as tested).
struct SalesCurve: Sendable {
  /// The day of the first sale (days after the valuation date).
  private(set) var launchDay = 0.0
  /// The first sale on the calendar-year scale.
  private(set) var launch = 0.0
  /// Annual sales at peak.
  private var peak = 0.0
  /// Years from launch to peak.
  private var rampYears = 0.0
  private var ramp = Market.Ramp.linear
  /// The loss of exclusivity on the calendar-year scale, if any.
  private(set) var lossOfExclusivity: Double?
  /// ln(1 − erosion): the yearly decay (−∞ when sales stop at once).
  private var decay = 0.0
  /// The annual sales rate in each year after launch, when the ramp goes
  /// by steps; the peak follows.
  private var steps: [Double] = []
  /// Sales over the whole ramp.
  private var rampTotal = 0.0
  /// Where the eroding plateau starts (calendar year), the sales to it,
  /// and the rate there: every later sale is a closed form of these.
  private var plateau = Double.infinity
  private var salesToPlateau = 0.0
  private var plateauRate = 0.0

  /// A curve with no sales, until it is restarted.
  init() {}

  /// Makes this the curve of a peak reached along `ramp`, or, with
  /// `forecast`, of the sales of each year after launch (the last one's
  /// then holding), drawn in `row`.
  ///
  /// In place, so that a programme's path keeps one curve and its steps'
  /// storage from path to path: building a new one released the old one's
  /// array, and a forecast allocated one, on every approved path.
  mutating func restart(
    launchDay: Double, launch: Double, peakSales: Double, yearsToPeak: Double, ramp: Market.Ramp,
    lossOfExclusivity: Double?, erosion: Double, forecast: [Input]?, row: [Double]
  ) {
    self.launchDay = launchDay
    self.launch = launch
    self.ramp = ramp
    self.lossOfExclusivity = lossOfExclusivity
    decay = log(max(0, 1 - erosion))
    // Only when it has steps: the empty array is a shared object, which
    // emptying would replace with a new one.
    if !steps.isEmpty { steps.removeAll(keepingCapacity: true) }
    if let forecast, !forecast.isEmpty {
      for year in forecast { steps.append(year.value(row)) }
      peak = steps[steps.count - 1]
      rampYears = Double(forecast.count)
    } else if ramp == .step, yearsToPeak > 0 {
      let years = Int(yearsToPeak.rounded(.up))
      for year in 1...years { steps.append(peakSales * Double(year) / Double(years)) }
      peak = peakSales
      rampYears = Double(years)
    } else {
      peak = peakSales
      rampYears = max(0, yearsToPeak)
    }
    rampTotal = steps.isEmpty ? peak * rampYears / 2 : steps.reduce(0, +)
    (plateau, salesToPlateau, plateauRate) = (.infinity, 0, 0)
    if let loss = lossOfExclusivity, decay != 0 {
      plateau = max(loss, launch, peakYear)
      salesToPlateau = cumulative(plateau)
      plateauRate = peak * decayed(plateau - loss)
    }
  }

  /// The end of the ramp on the calendar-year scale.
  private var peakYear: Double { launch + rampYears }

  /// Sales between calendar years `a` and `b`.
  func sales(from a: Double, to b: Double) -> Double {
    b > a ? cumulative(b) - cumulative(a) : 0
  }

  /// Sales from launch to calendar year `t`.
  func cumulative(_ t: Double) -> Double {
    guard t > launch else { return 0 }
    if t > plateau {
      // ∫ rate·e^{d(s−p)} ds from the plateau's start p: expm1 keeps small
      // decays exact, and d = −∞ (sales stop) gives 0.
      return salesToPlateau + plateauRate * expm1(decay * (t - plateau)) / decay
    }
    guard let loss = lossOfExclusivity, t > loss, decay != 0 else { return uneroded(t) }
    let erodingFrom = max(loss, launch)
    return uneroded(erodingFrom) + erodedRamp(from: erodingFrom, to: t, loss: loss)
  }

  /// Sales from launch to `t` as if exclusivity never ended.
  private func uneroded(_ t: Double) -> Double {
    let elapsed = t - launch
    guard elapsed > 0 else { return 0 }
    if elapsed >= rampYears { return rampTotal + peak * (elapsed - rampYears) }
    if !steps.isEmpty {
      let year = Int(elapsed)
      return steps[..<year].reduce(0, +) + steps[year] * (elapsed - Double(year))
    }
    // ∫₀ˣ of x (linear) or 3x² − 2x³ (smoothstep), times the ramp's years.
    let x = elapsed / rampYears
    let shape = ramp == .linear ? x * x / 2 : x * x * x * (1 - x / 2)
    return peak * rampYears * shape
  }

  /// The share of the rate left `years` after the loss of exclusivity
  /// (1 at the loss itself, even when sales then stop at once).
  private func decayed(_ years: Double) -> Double {
    years > 0 ? exp(decay * years) : 1
  }

  /// Sales over [a, b], within the ramp, after the loss of exclusivity
  /// at `loss`: each annual step in closed form, a smooth ramp by
  /// Gauss–Legendre on each year (exact for its polynomial, and the
  /// exponential's terms fall fast).
  private func erodedRamp(from a: Double, to b: Double, loss: Double) -> Double {
    guard b > a else { return 0 }
    if !steps.isEmpty {
      var total = 0.0
      var low = a
      while low < b {
        let year = Int(low - launch)
        let high = min(b, launch + Double(year + 1))
        total +=
          steps[year] * decayed(low - loss) * expm1(decay * (high - low)) / decay
        low = high
      }
      return total
    }
    let pieces = max(1, Int((b - a).rounded(.up)))
    let width = (b - a) / Double(pieces)
    return (0..<pieces).reduce(0) { total, piece in
      let low = a + Double(piece) * width
      return total
        + GaussLegendre.integrate(from: low, to: low + width) { t in
          let x = (t - launch) / rampYears
          let level = peak * (ramp == .linear ? x : x * x * (3 - 2 * x))
          return level * exp(decay * (t - loss))
        }
    }
  }
}
