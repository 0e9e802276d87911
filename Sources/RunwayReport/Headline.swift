import RunwayEngine

/// The headline figures every summary opens with, as label–value rows:
/// NPV, rNPV, the Monte Carlo mean with its standard error, P10/P50/P90
/// and the probability of a loss.
enum Headline {
  static func rows(_ result: ValuationResult) -> [[String]] {
    func amount(_ value: Double) -> String { AmountFormat.compact(value) }
    let mc = result.monteCarlo
    return [
      ["NPV (unrisked)", amount(result.npv)],
      ["rNPV (analytic)", amount(result.rnpv)],
      ["Monte Carlo mean ± standard error", "\(amount(mc.mean)) ± \(amount(mc.standardError))"],
      [
        "P10 / P50 / P90",
        "\(amount(mc.percentiles.p10)) / \(amount(mc.percentiles.p50)) / \(amount(mc.percentiles.p90))",
      ],
      ["Probability of a loss", Percent.text(mc.probabilityNegative)],
    ]
  }
}
