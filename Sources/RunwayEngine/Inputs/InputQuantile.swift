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

  /// The draw for the (correlated) normal score `z`.
  func draw(normalScore z: Double) -> Double {
    if let table { return table.quantile(normalScore: z) }
    // Φ rounds to 0 or 1 beyond ±8.3; keep the uniform in the open
    // interval every quantile function accepts.
    return distribution.quantile(min(max(StandardNormal.cdf(z), 0x1p-53), 1 - 0x1p-53))
  }
}
