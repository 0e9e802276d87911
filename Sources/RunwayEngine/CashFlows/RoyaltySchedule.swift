import RunwayModel

/// A tiered royalty as a function of a year's cumulative sales.
///
/// With marginal tiers each rate applies to the sales within its tier, as
/// tax brackets do; with whole tiers the rate of the tier reached applies
/// to all of the year's sales. Either way the royalty due on sales that
/// take the year's total from x₀ to x₁ is `due(x₁) − due(x₀)`, which makes
/// tiers on annual sales work on a quarterly or monthly grid too.
struct RoyaltySchedule: Sendable {
  /// Tier thresholds, ascending, with their rates.
  let thresholds: [Double]
  let rates: [Input]
  let basis: Royalty.Basis
  /// The FX rate of the thresholds' currency (the deal's), if not the
  /// reporting one.
  var thresholdCurrency: Input? = nil

  /// The royalty due on a year's cumulative sales `x`.
  func due(onAnnualSales x: Double, row: [Double]) -> Double {
    let scale = thresholdCurrency?.value(row) ?? 1
    guard scale == 1 else {
      // Sales in thresholds' units, then the royalty back in ours.
      return scaled(x / scale, row: row) * scale
    }
    return scaled(x, row: row)
  }

  private func scaled(_ x: Double, row: [Double]) -> Double {
    switch basis {
    case .marginal:
      var total = 0.0
      for index in thresholds.indices where x > thresholds[index] {
        let top = index + 1 < thresholds.count ? min(x, thresholds[index + 1]) : x
        total += rates[index].value(row) * (top - thresholds[index])
      }
      return total
    case .whole:
      guard let reached = thresholds.lastIndex(where: { $0 <= x }) else { return 0 }
      return rates[reached].value(row) * x
    }
  }
}
