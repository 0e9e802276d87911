import Foundation
import RunwayModel

/// Annual net sales of an approved program over time: a ramp from launch
/// to peak, a plateau, and erosion after the loss of exclusivity.
///
/// Time is on the calendar-year scale (``Timeline/calendarYear(at:)``), so
/// that annual sales are the same in a leap year.
///
/// The ramp is linear or a smoothstep S (3x² − 2x³, flat at both ends), or
/// annual steps: a step ramp's, or a year-by-year forecast's; after the
/// loss of exclusivity the rate falls by the erosion share each
/// year, continuously. Sales over an interval integrate the rate with a
/// three-point Gauss–Legendre rule on each smooth piece (split at launch,
/// peak and loss of exclusivity): exact for the ramps and the plateau, and
/// within 10⁻⁸ relative for a year of 20 % erosion.
struct SalesCurve: Sendable {
  /// The day of the first sale (days after the valuation date).
  let launchDay: Double
  /// The first sale on the calendar-year scale.
  let launch: Double
  /// Annual sales at peak.
  let peak: Double
  /// Years from launch to peak.
  let rampYears: Double
  let ramp: Market.Ramp
  /// The loss of exclusivity on the calendar-year scale, if any.
  let lossOfExclusivity: Double?
  /// ln(1 − erosion): the yearly decay (−∞ when sales stop at once).
  let decay: Double
  /// The annual sales rate in each year after launch, when the ramp goes
  /// by steps; the peak follows.
  let steps: [Double]

  /// A peak reached along `ramp`, or, with `forecast`, the sales of each
  /// year after launch (the last one's then holding).
  init(
    launchDay: Double, launch: Double, peak: Double, yearsToPeak: Double, ramp: Market.Ramp,
    lossOfExclusivity: Double?, erosion: Double, forecast: [Double]? = nil
  ) {
    self.launchDay = launchDay
    self.launch = launch
    self.ramp = ramp
    self.lossOfExclusivity = lossOfExclusivity
    decay = log(max(0, 1 - erosion))
    if let forecast, let last = forecast.last {
      steps = forecast
      self.peak = last
      rampYears = Double(forecast.count)
    } else if ramp == .step, yearsToPeak > 0 {
      let years = Int(yearsToPeak.rounded(.up))
      steps = (1...years).map { peak * Double($0) / Double(years) }
      self.peak = peak
      rampYears = Double(years)
    } else {
      steps = []
      self.peak = peak
      rampYears = max(0, yearsToPeak)
    }
  }

  /// Annual sales rate at calendar year `t`.
  func rate(_ t: Double) -> Double {
    guard t >= launch else { return 0 }
    var level = peak
    if !steps.isEmpty, t < launch + rampYears {
      level = steps[min(steps.count - 1, Int(t - launch))]
    } else if t < launch + rampYears {
      let x = (t - launch) / rampYears
      level *= ramp == .linear ? x : x * x * (3 - 2 * x)
    }
    if let loss = lossOfExclusivity, t > loss { level *= exp(decay * (t - loss)) }
    return level
  }

  /// Sales between calendar years `a` and `b`.
  func sales(from a: Double, to b: Double) -> Double {
    let start = max(a, launch)
    guard b > start else { return 0 }
    let peakDay = launch + rampYears
    let loss = lossOfExclusivity ?? .infinity
    var total = 0.0
    var low = start
    // Each step is a smooth piece of its own (steps end at the peak, so
    // their knots come first).
    var step = Int(start - launch) + 1
    while step <= steps.count, low < b {
      var knot = min(launch + Double(step), b)
      if loss > low, loss < knot {
        knot = loss
      } else {
        step += 1
      }
      total += integrate(from: low, to: knot)
      low = knot
    }
    for knot in [min(peakDay, loss), max(peakDay, loss), b] where knot > low {
      let high = min(knot, b)
      total += integrate(from: low, to: high)
      low = high
      if low >= b { break }
    }
    return total
  }

  private func integrate(from a: Double, to b: Double) -> Double {
    let half = (b - a) / 2
    let middle = (a + b) / 2
    let offset = half * 0.774_596_669_241_483_4  // √(3/5)
    let weighted = 5 * rate(middle - offset) + 8 * rate(middle) + 5 * rate(middle + offset)
    return weighted / 9 * half
  }
}
