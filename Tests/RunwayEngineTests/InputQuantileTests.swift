import RunwayNumerics
import Testing

@testable import RunwayEngine

/// A column of uniforms drawn at once gives each uniform the draw it gets
/// alone, whichever family resolves it (a direct call, the table of a slow
/// family, or the existential for any other).
struct InputQuantileTests {
  @Test func aColumnDrawsAsEachUniformAlone() throws {
    let families: [any Distribution] = [
      try Triangular(min: 1, mode: 2, max: 4), try Uniform(min: -1, max: 3),
      try Lognormal(mean: 100, standardDeviation: 30), try Normal(mean: 0, standardDeviation: 2),
      try Beta(alpha: 2, beta: 5),
      try Truncated(try Normal(mean: 0, standardDeviation: 1), lower: 0),
    ]
    let stream = RandomStream(seed: 3, name: "column")
    let uniforms = (0..<257).map { stream.uniform(path: UInt64($0), draw: 0) }
    for family in families {
      let quantile = InputQuantile(family)
      var column = uniforms
      column.withUnsafeMutableBufferPointer { quantile.draw(uniforms: $0) }
      #expect(column == uniforms.map(quantile.draw(uniform:)), "\(type(of: family))")
    }
  }
}
