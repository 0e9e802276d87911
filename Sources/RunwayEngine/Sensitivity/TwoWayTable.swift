/// The rNPV as two inputs move together, each across its P10, P25, P50,
/// P75 and P90, every other input at base: what a board asks after the
/// tornado ("and if sales are low and the trial odds too?").
///
/// The pairs are the classic ones where the scenario has them: the peak
/// sales that swing the value most against the probability of success
/// that does, and the discount rate against the royalty that does.
public struct TwoWayTable: Codable, Hashable, Sendable {
  public var rows: InputAxis
  public var columns: InputAxis
  /// The total analytic rNPV, `rnpv[row][column]`.
  public var rnpv: [[Double]]

  /// The tables of `model` whose pairs it has, the widest bar of
  /// `tornado` chosen where several inputs qualify, valued on `threads`.
  static func tables(_ model: ScenarioModel, tornado: Tornado, threads: Int) -> [TwoWayTable] {
    let uncertain = model.plan.uncertain
    /// The widest input whose path contains `word` (any case).
    func widest(_ word: String) -> InputPlan.Uncertain? {
      tornado.bars.lazy.filter { !$0.isEvent && $0.input.lowercased().contains(word) }
        .compactMap { bar in uncertain.first { $0.path == bar.input } }.first
    }
    let pairs = [
      (widest("peaksales"), widest("success")),
      (uncertain.first { $0.path == "scenario.discountRate" }, widest("royalty")),
    ]
    return pairs.compactMap { pair in
      guard let rows = pair.0, let columns = pair.1 else { return nil }
      return TwoWayTable(model, rows: rows, columns: columns, threads: threads)
    }
  }

  private init(
    _ model: ScenarioModel, rows: InputPlan.Uncertain, columns: InputPlan.Uncertain, threads: Int
  ) {
    self.rows = InputAxis(rows)
    self.columns = InputAxis(columns)
    let across = self.columns.values
    let totals = DeterministicValuation.totals(
      model,
      settings: self.rows.values.flatMap { down in
        across.map { [(slot: rows.slot, value: down), (slot: columns.slot, value: $0)] }
      }, threads: threads)
    rnpv = self.rows.values.indices.map {
      Array(totals[$0 * across.count..<($0 + 1) * across.count])
    }
  }
}
