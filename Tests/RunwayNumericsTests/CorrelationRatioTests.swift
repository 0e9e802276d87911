import Foundation
import Testing

@testable import RunwayNumerics

/// The correlation ratio against first-order indices known in closed form.
struct CorrelationRatioTests {
  /// `count` draws of `factors` uniforms on (−π, π), one stream each.
  static func sample(_ count: Int, factors: Int) -> [[Double]] {
    (0..<factors).map { factor in
      let stream = RandomStream(seed: 5, name: "x\(factor)")
      return (0..<count).map {
        -Double.pi + 2 * Double.pi * stream.uniform(path: UInt64($0), draw: 0)
      }
    }
  }

  /// The Ishigami function's first-order indices, binned.
  ///
  /// See ``SobolIndicesTests``: S = (0.3139, 0.4424, 0). x₁'s conditional mean is a sine, followed closely by 20
  /// bins; x₂'s is 7 sin² x₂, two humps in (−π, π), of whose variance
  /// 20 bins keep sinc²(π/10) = 96.7 %, hence 0.428; x₃ acts only with
  /// x₁, so alone it explains nothing.
  @Test func ishigamiFirstOrderIndices() {
    let x = Self.sample(100_000, factors: 3)
    let y = (0..<100_000).map { i -> Double in
      let (x1, x2, x3) = (x[0][i], x[1][i], x[2][i])
      return sin(x1) + 7 * sin(x2) * sin(x2) + 0.1 * pow(x3, 4) * sin(x1)
    }
    let binned = 0.4424 * pow(sin(Double.pi / 10) / (Double.pi / 10), 2)
    #expect(abs(CorrelationRatio.firstOrder(x[0], y) - 0.3139) < 0.01)
    #expect(abs(CorrelationRatio.firstOrder(x[1], y) - binned) < 0.01)
    #expect(CorrelationRatio.firstOrder(x[2], y) < 0.005)
  }

  /// A yes/no factor is grouped by value, exactly.
  ///
  /// y = a·s with a ∈ {0, 1} equally likely and s uniform on (−π, π)
  /// shifted by 2π (mean 2π, variance π²/3): Var(E[y | a]) = (2π)²/4 = π²,
  /// Var(y) = E[a]E[s²] − (E[a]E[s])² = (4π² + π²/3)/2 − π² = 7π²/6, so
  /// S_a = 6/7; E[y | s] = s/2 gives S_s = (π²/12)/(7π²/6) = 1/14.
  @Test func aYesNoFactorIsGroupedByValue() {
    let x = Self.sample(100_000, factors: 2)
    let a = x[0].map { $0 < 0 ? 0.0 : 1.0 }
    let s = x[1].map { $0 + 2 * Double.pi }
    let y = zip(a, s).map { $0 * $1 }
    #expect(abs(CorrelationRatio.firstOrder(a, y) - 6.0 / 7) < 0.01)
    #expect(abs(CorrelationRatio.firstOrder(s, y) - 1.0 / 14) < 0.01)
  }
}
