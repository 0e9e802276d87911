import Foundation

/// Double-exponential (tanh-sinh) quadrature over the unit interval
/// (Takahasi and Mori, 1974).
///
/// The substitution u = (1 + tanh(π/2 · sinh t)) / 2 crowds the nodes
/// towards both ends doubly exponentially, so integrands with integrable
/// singularities there, like the quantile function of an unbounded
/// distribution (which grows as √(−2 ln u)), still converge to about
/// twelve digits. Runway uses it for the moments of truncated
/// distributions, which have no closed form in general.
enum TanhSinh {
  /// The integral ∫₀¹ f(u) du.
  ///
  /// The nodes are symmetric: `f` is called with each small
  /// distance `δ` from an end as `f(δ)` and `f(1 − δ)`; nodes closer to an
  /// end than 1e-15 are dropped, since 1 − δ would round to 1.
  static func integrateUnitInterval(_ f: (Double) -> Double) -> Double {
    let step = 1.0 / 64
    var sum = f(0.5) * Double.pi / 4
    var k = 1
    while true {
      let t = Double(k) * step
      let s = Double.pi / 2 * sinh(t)
      // δ = (1 − tanh s) / 2 = 1 / (1 + e^{2s}), computed without cancellation.
      let delta = 1 / (1 + exp(2 * s))
      if delta < 1e-15 { break }
      let weight = Double.pi / 4 * cosh(t) / (cosh(s) * cosh(s))
      sum += weight * (f(delta) + f(1 - delta))
      k += 1
    }
    return sum * step
  }
}
