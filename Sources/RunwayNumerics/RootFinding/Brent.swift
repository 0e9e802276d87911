/// Brent's method for a root of a continuous function inside a bracket.
///
/// It has the sureness of bisection with the speed of secant and inverse
/// quadratic steps (Brent, *Algorithms for Minimization without
/// Derivatives*, 1973, chapter 4, procedure `zero`). Unlike Newton's
/// method, it cannot wander off: every step keeps a sign change inside the
/// bracket. That is why Runway's IRR uses it.
public enum Brent {
  /// Why no root was returned.
  public enum Failure: Error, Hashable, Sendable {
    /// f(a) and f(b) have the same sign: the bracket may hold no root.
    case notBracketed(fa: Double, fb: Double)
  }

  /// A root of `f` in [a, b], to within `tolerance` (plus a few ulps).
  ///
  /// - Throws: ``Failure/notBracketed(fa:fb:)`` unless f(a) and f(b) differ
  ///   in sign (or one is zero).
  public static func root(
    in bracket: ClosedRange<Double>, tolerance: Double = 1e-14, maximumIterations: Int = 200,
    of f: (Double) -> Double
  ) throws(Failure) -> Double {
    var a = bracket.lowerBound
    var b = bracket.upperBound
    var fa = f(a)
    var fb = f(b)
    if fa == 0 { return a }
    if fb == 0 { return b }
    guard (fa < 0) != (fb < 0) else { throw .notBracketed(fa: fa, fb: fb) }
    var c = a
    var fc = fa
    var d = b - a
    var e = d
    for _ in 0..<maximumIterations {
      if (fb < 0) == (fc < 0) {
        c = a
        fc = fa
        d = b - a
        e = d
      }
      if abs(fc) < abs(fb) {
        a = b
        b = c
        c = a
        fa = fb
        fb = fc
        fc = fa
      }
      let tol = 2 * Double.ulpOfOne * abs(b) + tolerance / 2
      let m = (c - b) / 2
      if abs(m) <= tol || fb == 0 { return b }
      if abs(e) >= tol && abs(fa) > abs(fb) {
        // Secant (two points) or inverse quadratic interpolation (three).
        let s = fb / fa
        var p: Double
        var q: Double
        if a == c {
          p = 2 * m * s
          q = 1 - s
        } else {
          let qa = fa / fc
          let r = fb / fc
          p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1))
          q = (qa - 1) * (r - 1) * (s - 1)
        }
        if p > 0 { q = -q } else { p = -p }
        if 2 * p < min(3 * m * q - abs(tol * q), abs(e * q)) {
          e = d
          d = p / q
        } else {
          d = m
          e = m
        }
      } else {
        d = m
        e = m
      }
      a = b
      fa = fb
      b += abs(d) > tol ? d : (m > 0 ? tol : -tol)
      fb = f(b)
    }
    return b
  }
}
