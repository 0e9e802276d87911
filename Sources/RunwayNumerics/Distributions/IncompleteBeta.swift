import Foundation

/// The regularised incomplete beta function I_x(a, b) and its inverse: the
/// CDF and quantile of the beta distribution (and so of PERT).
///
/// I_x(a, b) is evaluated by its continued fraction with the modified Lentz
/// method, using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) to stay on the
/// side where the fraction converges fast (Numerical Recipes, 3rd ed.,
/// §6.4). The inverse brackets the root and takes Newton steps inside the
/// bracket, bisecting whenever a step would leave it, so it always converges.
struct IncompleteBeta: Hashable, Sendable {
  let a: Double
  let b: Double
  /// ln B(a, b), computed once: `lgamma` is not re-entrant on every platform,
  /// and the quantile runs on many threads.
  let logBeta: Double

  init(a: Double, b: Double) {
    self.a = a
    self.b = b
    logBeta = lgamma(a) + lgamma(b) - lgamma(a + b)
  }

  /// The beta density at x in (0, 1).
  func density(_ x: Double) -> Double {
    guard x > 0, x < 1 else { return 0 }
    return exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logBeta)
  }

  /// I_x(a, b) for x in [0, 1].
  func regularized(_ x: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let front = exp(a * log(x) + b * log1p(-x) - logBeta)
    if x < (a + 1) / (a + b + 2) {
      return front * Self.continuedFraction(a: a, b: b, x: x) / a
    }
    return 1 - front * Self.continuedFraction(a: b, b: a, x: 1 - x) / b
  }

  /// The x in [0, 1] with I_x(a, b) = p.
  func inverse(_ p: Double) -> Double {
    if p <= 0 { return 0 }
    if p >= 1 { return 1 }
    var low = 0.0
    var high = 1.0
    var x = a / (a + b)
    for _ in 0..<200 {
      let error = regularized(x) - p
      if error == 0 { return x }
      if error < 0 { low = x } else { high = x }
      let slope = density(x)
      var next = slope > 0 ? x - error / slope : .nan
      if !(next > low && next < high) { next = (low + high) / 2 }
      if abs(next - x) <= 4 * Double.ulpOfOne * Swift.max(x, 1e-300) { return next }
      x = next
    }
    return x
  }

  private static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
    let tiny = 1e-300
    let sum = a + b
    var c = 1.0
    var d = 1 - sum * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...10_000 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a - 1 + 2 * m) * (a + 2 * m))
      d = 1 + even * d
      if abs(d) < tiny { d = tiny }
      c = 1 + even / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      let odd = -(a + m) * (sum + m) * x / ((a + 2 * m) * (a + 1 + 2 * m))
      d = 1 + odd * d
      if abs(d) < tiny { d = tiny }
      c = 1 + odd / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let step = d * c
      result *= step
      if abs(step - 1) < 1e-16 { break }
    }
    return result
  }
}
