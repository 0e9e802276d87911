import Foundation
import RunwayModel

/// Annual net sales of an approved program over time: a ramp from launch
/// to peak, a plateau, and erosion after the loss of exclusivity.
///
/// The ramp is linear or a smoothstep S (3x² − 2x³, flat at both ends);
/// after the loss of exclusivity the rate falls by the erosion share each
/// year, continuously. Sales over an interval integrate the rate with a
/// three-point Gauss–Legendre rule on each smooth piece (split at launch,
/// peak and loss of exclusivity): exact for the ramps and the plateau, and
/// within 10⁻⁸ relative for a year of 20 % erosion.
struct SalesCurve: Sendable {
  /// Days after the valuation date of the first sale.
  let launch: Double
  /// Annual sales at peak.
  let peak: Double
  /// Days from launch to peak.
  let rampDays: Double
  let ramp: Market.Ramp
  /// Day of the loss of exclusivity, if any.
  let lossOfExclusivity: Double?
  /// ln(1 − erosion) per day (−∞ when sales stop at once).
  let decayPerDay: Double

  init(
    launch: Double, peak: Double, yearsToPeak: Double, ramp: Market.Ramp,
    lossOfExclusivity: Double?, erosion: Double
  ) {
    self.launch = launch
    self.peak = peak
    rampDays = max(0, yearsToPeak) * 365
    self.ramp = ramp
    self.lossOfExclusivity = lossOfExclusivity
    decayPerDay = log(max(0, 1 - erosion)) / 365
  }

  /// Annual sales rate at day `t`.
  func rate(_ t: Double) -> Double {
    guard t >= launch else { return 0 }
    var level = peak
    if t < launch + rampDays {
      let x = (t - launch) / rampDays
      level *= ramp == .linear ? x : x * x * (3 - 2 * x)
    }
    if let loss = lossOfExclusivity, t > loss { level *= exp(decayPerDay * (t - loss)) }
    return level
  }

  /// Sales between days `a` and `b`.
  func sales(from a: Double, to b: Double) -> Double {
    let start = max(a, launch)
    guard b > start else { return 0 }
    let peakDay = launch + rampDays
    let loss = lossOfExclusivity ?? .infinity
    var total = 0.0
    var low = start
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
    return weighted / 9 * half / 365
  }
}
