import RunwayModel
import RunwayNumerics

/// The rNPV as two inputs move together, each across its P10, P25, P50,
/// P75 and P90, every other input at base: what a board asks after the
/// tornado ("and if sales are low and the trial odds too?").
///
/// The pairs are the classic ones where the scenario has them: the peak
/// sales that swing the value most against the probability of success
/// that does, and the discount rate against the royalty that does.
public struct TwoWayTable: Codable, Hashable, Sendable {
  /// One input of the table: its path, its unit, and its value at each
  /// level.
  public struct Axis: Codable, Hashable, Sendable {
    public var input: String
    public var unit: QuantityUnit?
    public var values: [Double]
  }

  static let levels = [0.1, 0.25, 0.5, 0.75, 0.9]

  public var rows: Axis
  public var columns: Axis
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
    func axis(_ input: InputPlan.Uncertain) -> Axis {
      Axis(
        input: input.path, unit: input.unit,
        values: Self.levels.map { input.distribution.quantile($0) })
    }
    let down = axis(rows)
    let across = axis(columns)
    self.rows = down
    self.columns = across
    // One analytic valuation a cell, the cells shared among the threads.
    let width = across.values.count
    let cells = BatchRunner(batchSize: 1, threads: threads).map(
      paths: down.values.count * width
    ) { range in
      var row = model.plan.base
      row[rows.slot] = down.values[range.lowerBound / width]
      row[columns.slot] = across.values[range.lowerBound % width]
      return DeterministicValuation.analytic(model, row: row).total
    }
    rnpv = down.values.indices.map { Array(cells[$0 * width..<($0 + 1) * width]) }
  }
}
