/// Losses carried forward from period to period: a loss adds to them, a
/// profit uses them up before it is taxed.
struct LossCarryForward {
  let rate: Double
  var losses: Double

  /// The tax on the next period's `profit` (a loss is negative).
  mutating func tax(on profit: Double) -> Double {
    let taxable = profit - losses
    losses = max(0, -taxable)
    return rate * max(0, taxable)
  }
}
