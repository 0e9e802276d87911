import RunwayEngine

/// One sentence for each figure that surprises a reader: a component whose
/// mean lies outside its own P10–P90, and the analytic rNPV against the
/// Monte Carlo mean.
enum FigureNotes {
  static func sentences(_ result: ValuationResult) -> [String] {
    let amount = BoardSummary.amount
    var notes: [String] = []
    for component in result.components where component.section != "financing" {
      let note = outside(
        mean: component.mean, percentiles: component.monteCarlo.percentiles, amount: amount)
      if let note { notes.append("\(component.name): its \(note)") }
    }
    let mc = result.monteCarlo
    // Where nothing is uncertain every path is the analytic case.
    guard mc.standardError > 0 else { return notes }
    notes.append(
      abs(mc.mean - result.rnpv) <= 3 * mc.standardError
        ? "The analytic rNPV, \(amount(result.rnpv)), and the Monte Carlo mean, \(amount(mc.mean)), agree within three standard errors (\(amount(3 * mc.standardError))): the difference is sampling noise."
        : "The Monte Carlo mean, \(amount(mc.mean)), differs from the analytic rNPV, \(amount(result.rnpv)), by more than three standard errors: the analytic figure takes every input at its mean, and the value is not linear in them (royalty tiers, caps, floors, taxes), so the Monte Carlo mean, which averages over them, is the one to read."
    )
    return notes
  }

  /// "mean, X, lies above its P90, Y: …", why, for a mean outside its
  /// own P10–P90; `nil` for one inside.
  static func outside(
    mean: Double, percentiles p: Percentiles, amount: (Double) -> String
  ) -> String? {
    // Beyond the percentiles' single precision: a cost that every path
    // pays lies at its P10 and its mean alike.
    let margin = 1e-6 * max(1, abs(mean))
    if mean > p.p90 + margin {
      return
        "mean, \(amount(mean)), lies above its P90, \(amount(p.p90)): fewer than one path in ten is worth that much, and the mean comes from those rare paths that pay (a success, a milestone reached)."
    }
    if mean < p.p10 - margin {
      return
        "mean, \(amount(mean)), lies below its P10, \(amount(p.p10)): fewer than one path in ten costs that much, and the mean comes from those rare paths that cost (a failure, a clawback)."
    }
    return nil
  }
}
