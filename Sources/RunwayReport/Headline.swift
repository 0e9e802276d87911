import RunwayEngine

/// The headline figures every summary opens with, as label–value rows:
/// the rNPV, the Monte Carlo mean with its standard error, P10/P50/P90,
/// the probability of a loss, then the unrisked NPV, the least telling.
enum Headline {
  static func rows(_ result: ValuationResult) -> [[String]] {
    func amount(_ value: Double) -> String { AmountFormat.compact(value) }
    let mc = result.monteCarlo
    return [
      ["rNPV (analytic)", amount(result.rnpv)],
      ["Monte Carlo mean ± standard error", "\(amount(mc.mean)) ± \(amount(mc.standardError))"],
      [
        "P10 / P50 / P90",
        "\(amount(mc.percentiles.p10)) / \(amount(mc.percentiles.p50)) / \(amount(mc.percentiles.p90))",
      ],
      ["Probability of a loss", Percent.text(mc.probabilityNegative)],
      ["NPV (unrisked: every phase succeeds)", amount(result.npv)],
    ]
  }

  /// The answer in one sentence: the subject's value, its range and the
  /// chance of a loss, financing left out.
  static func answer(_ result: ValuationResult) -> String {
    let amount = money(result)
    let mc = result.monteCarlo
    let p = mc.percentiles
    let context =
      result.portfolio.map {
        " The portfolio under it is worth \(amount($0.rnpv)): context, not added to it."
      } ?? ""
    return
      "\(amount(result.rnpv)) risk-adjusted (Monte Carlo \(amount(mc.mean)) ± \(amount(mc.standardError))); "
      + "P10 / P50 / P90 \(amount(p.p10)) / \(amount(p.p50)) / \(amount(p.p90)); "
      + "a \(Percent.text(mc.probabilityNegative)) chance of a loss. Equity raises and loans are financing, not value: they are in the cash, not in this figure."
      + context
  }

  /// The cash needed, in one sentence: when cash runs out, how likely,
  /// and the funding gap.
  static func cashNeed(_ result: ValuationResult) -> String {
    let amount = money(result)
    let peak = result.cash.peakFundingNeed.percentiles
    let gap =
      "the funding gap (the deepest cash shortfall) is \(amount(peak.p50)) at P50 and \(amount(peak.p90)) at P90"
    guard result.cash.startingCash != nil else {
      return "No starting cash is stated; from zero, \(gap)."
    }
    guard let out = result.cash.runsOut else {
      return "Cash stays above zero on most paths to the horizon, financing included; \(gap)."
    }
    return
      "Cash runs out by the end of \(out.period) on \(Percent.text(out.probability)) of paths, "
      + "financing included; \(gap)."
  }

  /// Amounts of the result's currency, written in a sentence with its
  /// symbol (`€18.6M`).
  private static func money(_ result: ValuationResult) -> (Double) -> String {
    let symbol = AmountFormat.symbol(currency: result.currency)
    return { AmountFormat.compact($0, symbol: symbol) }
  }

  /// The IRRs of the subject's flows (financing left out), every root
  /// shown, and the rule that picks the headline.
  static func irrRows(_ result: ValuationResult) -> [[String]] {
    let irr = result.irr
    // A subject's flows are a difference of two scenarios: the IRR stays
    // the portfolio's, and says so.
    let whose = result.portfolio == nil ? "" : "the portfolio's "
    func text(_ rate: Double?, _ roots: [Double]) -> String {
      guard let rate else { return "none: no rate in -99.99%…1,000,000% sets the NPV to zero" }
      guard roots.count > 1 else { return Percent.text(rate) }
      return
        "\(Percent.text(rate)) (roots \(roots.map(Percent.text).joined(separator: ", ")); the one closest to 10% is shown)"
    }
    return [
      ["IRR, \(whose)unrisked flows (financing left out)", text(irr.unrisked, irr.unriskedRoots)],
      ["IRR, \(whose)expected flows (financing left out)", text(irr.expected, irr.expectedRoots)],
    ]
  }
}
