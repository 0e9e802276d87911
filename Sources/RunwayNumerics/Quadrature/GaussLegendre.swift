/// Five-point Gauss–Legendre quadrature: exact for polynomials up to
/// degree 9, and for a smooth integrand over a short interval within
/// rounding (Abramowitz and Stegun, 25.4.29).
public enum GaussLegendre {
  /// The nodes on [−1, 1] and their weights.
  private static let nodes = [
    (0.0, 128.0 / 225),
    (0.538_469_310_105_683_1, 0.478_628_670_499_366_5),
    (-0.538_469_310_105_683_1, 0.478_628_670_499_366_5),
    (0.906_179_845_938_664_0, 0.236_926_885_056_189_1),
    (-0.906_179_845_938_664_0, 0.236_926_885_056_189_1),
  ]

  /// The integral of `f` over [a, b].
  public static func integrate(from a: Double, to b: Double, _ f: (Double) -> Double) -> Double {
    let half = (b - a) / 2
    let middle = (a + b) / 2
    return nodes.reduce(0) { $0 + $1.1 * f(middle + $1.0 * half) } * half
  }
}
