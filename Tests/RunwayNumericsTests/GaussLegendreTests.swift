import Foundation
import RunwayNumerics
import Testing

/// The five-point rule against integrals known in closed form.
struct GaussLegendreTests {
  /// Exact to degree 9: ∫₀² x⁹ dx = 2¹⁰/10 = 102.4.
  @Test func aNinthDegreePolynomialIsExact() {
    let integral = GaussLegendre.integrate(from: 0, to: 2) { pow($0, 9) }
    #expect(abs(integral - 102.4) < 1e-12 * 102.4)
  }

  /// A smooth integrand over a unit interval: ∫₀¹ eˣ dx = e − 1, to the
  /// rule's error of about 7·10⁻¹³.
  @Test func anExponentialIsWithinTheRulesError() {
    let integral = GaussLegendre.integrate(from: 0, to: 1) { exp($0) }
    #expect(abs(integral - (M_E - 1)) < 1e-11)
  }
}
