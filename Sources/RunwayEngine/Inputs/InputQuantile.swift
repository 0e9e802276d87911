import RunwayNumerics

/// An uncertain input's quantile function as a sampler calls it: exact
/// where that is fast, tabulated where it is slow (beta, PERT).
///
/// Built once per run by whatever draws, so that the models built only to
/// be valued at base (the tornado's events) never tabulate.
struct InputQuantile: Sendable {
  let distribution: any Distribution
  /// The tabulated quantile of a family whose exact one is slow.
  let table: QuantileTable?

  init(_ distribution: any Distribution) {
    self.distribution = distribution
    table = distribution.hasFastQuantile ? nil : QuantileTable(distribution)
  }

  /// The draw for the uniform `u`.
  func draw(uniform u: Double) -> Double {
    guard let table else { return distribution.quantile(u) }
    return table.quantile(normalScore: StandardNormal.quantile(u))
  }

  /// Turns each uniform of `column` into its draw, in place.
  func draw(uniforms column: UnsafeMutableBufferPointer<Double>) {
    // The table bound once for the column: bound on every draw, it would
    // be copied, its arrays retained, each time.
    if let table {
      for row in column.indices {
        column[row] = table.quantile(normalScore: StandardNormal.quantile(column[row]))
      }
      return
    }
    drawByFamily(column, fromNormalScores: false)
  }

  /// Turns each (correlated) normal score of `column` into its draw, in
  /// place: a lognormal is then exp(μ + σz), without a round trip through Φ.
  func draw(normalScores column: UnsafeMutableBufferPointer<Double>) {
    if let table {
      for row in column.indices { column[row] = table.quantile(normalScore: column[row]) }
      return
    }
    drawByFamily(column, fromNormalScores: true)
  }

  /// Turns each uniform, or normal score, of `column` into its draw, the
  /// family resolved once for the whole column: each draw is then a direct
  /// call rather than one through the existential (the same function, the
  /// same bits).
  private func drawByFamily(
    _ column: UnsafeMutableBufferPointer<Double>, fromNormalScores: Bool
  ) {
    switch distribution {
    case let family as Triangular: Self.draw(family, column, fromNormalScores)
    case let family as Uniform: Self.draw(family, column, fromNormalScores)
    case let family as Lognormal: Self.draw(family, column, fromNormalScores)
    case let family as Normal: Self.draw(family, column, fromNormalScores)
    default: Self.draw(distribution, column, fromNormalScores)
    }
  }

  private static func draw<Family: Distribution>(
    _ family: Family, _ column: UnsafeMutableBufferPointer<Double>, _ fromNormalScores: Bool
  ) {
    if fromNormalScores {
      for row in column.indices { column[row] = family.quantile(normalScore: column[row]) }
    } else {
      for row in column.indices { column[row] = family.quantile(column[row]) }
    }
  }
}
