import Foundation
import Testing

@testable import RunwayNumerics

/// The Sobol estimators against indices known in closed form.
struct SobolIndicesTests {
  /// Independent uniforms on (−π, π) for A and B, from two named streams.
  static func indices(samples: Int, factors: Int, f: ([Double]) -> Double) -> SobolIndices {
    let a = RandomStream(seed: 11, name: "A")
    let b = RandomStream(seed: 11, name: "B")
    func coordinate(_ stream: RandomStream, _ row: Int, _ factor: Int) -> Double {
      -Double.pi + 2 * Double.pi * stream.uniform(path: UInt64(row), draw: UInt32(factor))
    }
    return SobolIndices(
      samples: samples, factors: factors, a: { coordinate(a, $0, $1) },
      b: { coordinate(b, $0, $1) }, f: f)
  }

  /// The Ishigami function's indices, known in closed form.
  ///
  /// Ishigami and Homma (1990): f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁ on
  /// (−π, π)³. With V₁ = (1 + bπ⁴/5)²/2, V₂ = a²/8, V₃ = 0,
  /// V₁₃ = b²π⁸(1/18 − 1/50) and V = V₁ + V₂ + V₁₃, a = 7 and b = 0.1 give
  /// S = (0.3139, 0.4424, 0) and ST = (0.5576, 0.4424, 0.2437) (Saltelli
  /// et al., *Global Sensitivity Analysis: The Primer*, 2008, §4.6).
  @Test func ishigamiIndices() {
    let a = 7.0
    let b = 0.1
    let pi4 = pow(Double.pi, 4)
    let v1 = (1 + b * pi4 / 5) * (1 + b * pi4 / 5) / 2
    let v2 = a * a / 8
    let v13 = b * b * pi4 * pi4 * (1.0 / 18 - 1.0 / 50)
    let v = v1 + v2 + v13
    let first = [v1 / v, v2 / v, 0]
    let total = [(v1 + v13) / v, v2 / v, v13 / v]
    // The closed forms are the published figures.
    for (exact, published) in zip(first + total, [0.3139, 0.4424, 0, 0.5576, 0.4424, 0.2437]) {
      #expect(abs(exact - published) < 5e-5)
    }
    let estimate = Self.indices(samples: 20_000, factors: 3) { x in
      sin(x[0]) + a * sin(x[1]) * sin(x[1]) + b * pow(x[2], 4) * sin(x[0])
    }
    #expect(abs(estimate.variance - v) / v < 0.02)
    // Within four standard errors, each of which is below 0.02 at 20,000
    // rows (100,000 evaluations).
    for (estimates, exact) in [(estimate.firstOrder, first), (estimate.total, total)] {
      for (index, value) in zip(estimates, exact) {
        #expect(index.standardError < 0.02)
        #expect(abs(index.value - value) < 4 * index.standardError, "\(index) vs \(value)")
      }
    }
  }

  /// An additive function's indices are its terms' shares of the variance.
  ///
  /// f = x₁ + 2x₂ + 0·x₃ with equal variances: Var = 5σ², so S = ST =
  /// (1/5, 4/5, 0), and no interaction. Jansen's total of a factor that
  /// does nothing is exactly 0.
  @Test func additiveFunction() {
    let estimate = Self.indices(samples: 8_000, factors: 3) { x in x[0] + 2 * x[1] }
    for (index, exact) in zip(estimate.firstOrder + estimate.total, [0.2, 0.8, 0, 0.2, 0.8, 0]) {
      #expect(abs(index.value - exact) < 4 * index.standardError + 1e-12, "\(index) vs \(exact)")
    }
    #expect(estimate.total[2].value == 0)
  }
}
