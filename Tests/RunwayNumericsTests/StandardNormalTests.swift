import Foundation
import Testing

@testable import RunwayNumerics

struct StandardNormalTests {
  /// Φ⁻¹(p) at the exact double nearest each p, computed with mpmath at 60
  /// significant digits (`findroot` on `ncdf`, and on log `ncdf` in the far
  /// tail), rounded to 20 digits.
  static let reference: [(Double, Double)] = [
    (1e-300, -37.047096299361199237),
    (1e-100, -21.273453560965324294),
    (1e-20, -9.2623400897984075796),
    (1e-12, -7.0344838253011319326),
    (1e-08, -5.6120012441747887279),
    (0.001, -3.0902323061678135354),
    (0.025, -1.9599639845400542118),
    (0.05, -1.644853626951472688),
    (0.075, -1.4395314709384559349),
    (0.1, -1.2815515655446004353),
    (0.3, -0.52440051270804081597),
    (0.7, 0.52440051270804065631),
    (0.9, 1.2815515655446005935),
    (0.925, 1.4395314709384562291),
    (0.975, 1.9599639845400538556),
    (0.999, 3.0902323061678132778),
    (0.999999999999, 7.0344869100478352057),
  ]

  @Test(arguments: reference)
  func quantileHasRelativeErrorBelow1e14(p: Double, expected: Double) {
    let computed = StandardNormal.quantile(p)
    let error = abs(computed - expected) / abs(expected)
    #expect(error < 1e-14, "Φ⁻¹(\(p)): expected \(expected), got \(computed), error \(error)")
  }

  @Test func quantileOfOneHalfIsZeroAndEndsAreInfinite() {
    #expect(StandardNormal.quantile(0.5) == 0)
    #expect(StandardNormal.quantile(0) == -.infinity)
    #expect(StandardNormal.quantile(1) == .infinity)
  }

  @Test func cdfInvertsTheQuantile() {
    for p in stride(from: 0.0005, to: 1, by: 0.0005) {
      let x = StandardNormal.quantile(p)
      #expect(isClose(StandardNormal.cdf(x), p, relative: 1e-14), "p \(p)")
    }
  }
}
