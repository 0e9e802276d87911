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
  /// chance of a loss, financing left out, each figure rounded to what
  /// its Monte Carlo standard error allows.
  static func answer(_ result: ValuationResult) -> String {
    let mc = result.monteCarlo
    let error = mc.standardError
    let rounded = money(result, roundedTo: error)
    let p = mc.percentiles
    let loss = mc.probabilityNegative
    let lossError = (loss * (1 - loss) / Double(max(result.paths, 1))).squareRoot()
    let tail = FigureNotes.outside(mean: mc.mean, percentiles: p, amount: rounded).map {
      " Its \($0)"
    }
    let context =
      result.portfolio.map {
        " The portfolio under it is worth \(rounded($0.rnpv)): context, not added to it."
      } ?? ""
    return
      "\(rounded(result.rnpv)) risk-adjusted (Monte Carlo \(rounded(mc.mean)) ± \(rounded(error))); "
      + "P10 / P50 / P90 \(rounded(p.p10)) / \(rounded(p.p50)) / \(rounded(p.p90)); "
      + "a \(Percent.text(AmountFormat.rounded(loss, standardError: lossError))) chance of a loss."
      + (tail ?? "")
      + " Equity raises and loans are financing, not value: they are in the cash, not in this figure."
      + context
  }

  /// What the shareholders' equity is worth, in total and per share, with
  /// its range; `nil` under a subject, whose answer is a deal's value.
  ///
  /// Only for a file that describes the company: one stating neither its
  /// cash nor its shares values a deal or a programme, not its equity.
  static func equity(_ result: ValuationResult) -> String? {
    guard result.portfolio == nil,
      result.cash.startingCash != nil || result.equity.sharesOutstanding != nil,
      let equity = result.bridge.line("equity")
    else { return nil }
    let amount = money(result)
    let rounded = money(result, roundedTo: equity.standardError)
    let cash = result.bridge.line("cash")?.rnpv ?? 0
    let owed = -(result.bridge.line("liabilities")?.rnpv ?? 0)
    let perShare =
      result.bridge.line("per-share").map { line in
        let shares = AmountFormat.compact(result.equity.sharesOutstanding ?? 0)
        return
          "\(AmountFormat.symbol(currency: result.currency))\(AmountFormat.figure(line.rnpv)) a share (P10 / P90 \(AmountFormat.figure(line.p10)) / \(AmountFormat.figure(line.p90))) over \(shares) shares."
      } ?? "no share count is stated (scenario.sharesOutstanding), so no value per share."
    return
      "Equity value \(rounded(equity.rnpv)) (P10 / P90 \(rounded(equity.p10)) / \(rounded(equity.p90))): the value, plus \(amount(cash)) of cash\(owed > 0 ? ", less \(amount(owed)) already owed" : ""); "
      + perShare
  }

  /// The cash needed, in sentences: when cash runs out on half the paths
  /// and on one in ten (in months from the valuation date), the funding
  /// gap and when the median path reaches it, and what raising it at the
  /// last stated price would sell.
  static func cashNeed(_ result: ValuationResult) -> String {
    let amount = money(result)
    let peak = result.cash.peakFundingNeed.percentiles
    // When the median path's cash is lowest: the date the gap is reached by.
    let trough = result.cashflows.min { $0.cashPosition.p50 < $1.cashPosition.p50 }
    let when =
      trough.flatMap {
        $0.cashPosition.p50 < 0 ? ", reached in \($0.period) on the median path" : nil
      }
      ?? ""
    let gap =
      "the funding gap (the deepest cash shortfall\(when)) is \(amount(peak.p50)) at P50 and \(amount(peak.p90)) at P90"
    guard result.cash.startingCash != nil else {
      return "No starting cash is stated; from zero, \(gap)."
    }
    let raise = raiseSentence(result, need: peak.p50)
    guard let out = result.cash.runsOut else {
      return
        "Cash stays above zero on most paths to the horizon, financing included; \(gap).\(raise)"
    }
    /// " (N months)" from the valuation date to `end`, where it reads.
    func inMonths(_ end: String?) -> String {
      end.flatMap { Self.months(from: result.valuationDate, to: $0) }.map { " (\($0) months)" }
        ?? ""
    }
    func end(_ period: String) -> String? { result.cashflows.first { $0.period == period }?.end }
    var text =
      "Cash runs out by the end of \(out.period)\(inMonths(end(out.period))) on \(Percent.text(out.probability)) of paths, "
      + "financing included"
    if let early = result.cash.runsOutOnOneInTen, early.period != out.period {
      text += "; on one path in ten, by the end of \(early.period)\(inMonths(end(early.period)))"
    }
    return text + "; \(gap).\(raise)"
  }

  /// What raising `need` at the last raise's post-money would sell of the
  /// company; empty without a priced raise.
  private static func raiseSentence(_ result: ValuationResult, need: Double) -> String {
    guard need > 0, let last = result.equity.raises.last(where: { $0.stake != nil }),
      let stake = last.stake, stake > 0
    else { return "" }
    let amount = money(result)
    let postMoney = last.amount / stake
    return
      " Raising \(amount(need)) at the last stated price (\(last.investor)'s, \(amount(postMoney)) post-money) would sell \(Percent.text(need / (postMoney + need))) of the company."
  }

  /// Whole months from `start` to the end of the month of `end`, both
  /// yyyy-mm-dd; `nil` for a date it cannot read.
  static func months(from start: String, to end: String) -> Int? {
    let from = start.split(separator: "-").compactMap { Int($0) }
    let to = end.split(separator: "-").compactMap { Int($0) }
    guard from.count == 3, to.count == 3 else { return nil }
    return (to[0] - from[0]) * 12 + to[1] - from[1] + 1
  }

  /// Amounts of the result's currency, written in a sentence with its
  /// symbol (`€18.6M`), rounded to what `standardError` allows.
  private static func money(_ result: ValuationResult, roundedTo standardError: Double = 0)
    -> (Double) -> String
  {
    let symbol = AmountFormat.symbol(currency: result.currency)
    return {
      AmountFormat.compact(AmountFormat.rounded($0, standardError: standardError), symbol: symbol)
    }
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
