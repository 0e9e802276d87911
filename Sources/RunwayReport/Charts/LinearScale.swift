import Foundation

/// Maps values to pixels along one axis, over a domain widened to round
/// tick steps (1, 2, 2.5 or 5 times a power of ten) so that every value
/// drawn lies inside the axis and every tick reads as a round figure.
struct LinearScale {
  /// The domain: round multiples of `step` around the values.
  let lower: Double
  let upper: Double
  let step: Double
  /// The pixel positions of `lower` and `upper` (`end` may be less than
  /// `start`, as on a vertical axis).
  let start: Double
  let end: Double

  /// A scale covering `values` (finite, at least one) with about `ticks`
  /// steps; a single value is widened by 10 % of itself, or by 1.
  init(covering values: [Double], from start: Double, to end: Double, ticks: Int = 5) {
    precondition(values.allSatisfy(\.isFinite), "a chart's values are finite")
    var low = values.min() ?? 0
    var high = values.max() ?? 1
    if low == high {
      let pad = max(abs(low) * 0.1, 1)
      low -= pad
      high += pad
    }
    let raw = (high - low) / Double(ticks)
    let magnitude = pow(10, log10(raw).rounded(.down))
    let step =
      [1, 2, 2.5, 5].map { $0 * magnitude }.first { $0 >= raw * (1 - 1e-12) } ?? 10 * magnitude
    self.step = step
    lower = (low / step).rounded(.down) * step
    upper = (high / step).rounded(.up) * step
    self.start = start
    self.end = end
  }

  func position(_ value: Double) -> Double {
    start + (value - lower) / (upper - lower) * (end - start)
  }

  /// The tick values from `lower` to `upper`, one `step` apart.
  var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...count).map { lower + Double($0) * step }
  }
}
