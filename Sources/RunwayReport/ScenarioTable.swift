import RunwayEngine

/// The scenarios a board asks for: bear, base and bull, and each readout
/// failing or succeeding with its probability and the value it leaves.
enum ScenarioTable {
  /// `nil` when nothing is uncertain.
  static func table(_ result: ValuationResult, labels: InputLabel) -> ReportTable? {
    let tornado = result.tornado
    let amount = BoardSummary.amount
    var rows: [[String]] = []
    if let bear = tornado.bear, let bull = tornado.bull {
      rows += [
        ["Bear: every input at the end of its range that lowers the value", "", amount(bear)],
        ["Base: every input at its mean", "", amount(tornado.base)],
        ["Bull: every input at the end of its range that raises the value", "", amount(bull)],
      ]
    }
    for bar in tornado.bars where bar.isEvent && bar.rnpvAtHigh != bar.rnpvAtLow {
      // The analytic rNPV is linear in the event's probability: the base
      // lies between its two ends at that probability.
      let success = min(
        max((tornado.base - bar.rnpvAtLow) / (bar.rnpvAtHigh - bar.rnpvAtLow), 0), 1)
      let name = labels.text(bar)
      rows += [
        ["\(name) fails", Percent.text(1 - success), amount(bar.rnpvAtLow)],
        ["\(name) succeeds", Percent.text(success), amount(bar.rnpvAtHigh)],
      ]
    }
    guard !rows.isEmpty else { return nil }
    return ReportTable(
      header: ["scenario", "probability", "rNPV"], rows: rows, textColumns: 1,
      caption:
        "Bear and bull move every input at once to its P10 or P90, whichever lowers or raises the value: far less likely than either end of one input. Each event scenario forces one readout, everything else as it is; its probability is the event's own, given what it depends on."
    )
  }
}
