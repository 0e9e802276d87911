import RunwayModel
import RunwayNumerics

/// The rNPV as each of the inputs that move it most runs across its P10,
/// P25, P50, P75 and P90, every other input at base: the tornado's two
/// ends with the path between them, so that a curved or one-sided effect
/// shows.
public struct Spider: Codable, Hashable, Sendable {
  public struct Line: Codable, Hashable, Sendable {
    public var input: String
    public var unit: QuantityUnit?
    /// The input at each level of ``TwoWayTable/levels``.
    public var values: [Double]
    public var rnpv: [Double]
  }

  /// Inputs drawn: a fifth line would be hard to tell from the others.
  static let lineCount = 4

  public var lines: [Line]

  /// The widest inputs of `tornado` (events have no levels), valued on
  /// `threads`.
  init(_ model: ScenarioModel, tornado: Tornado, threads: Int) {
    let uncertain = model.plan.uncertain
    let inputs = tornado.bars.filter { !$0.isEvent }.compactMap { bar in
      uncertain.first { $0.path == bar.input }
    }.prefix(Self.lineCount)
    let levels = TwoWayTable.levels
    let values = inputs.map { input in levels.map { input.distribution.quantile($0) } }
    let cells = BatchRunner(batchSize: 1, threads: threads).map(
      paths: inputs.count * levels.count
    ) { range in
      let line = range.lowerBound / levels.count
      let input = inputs[inputs.startIndex + line]
      var row = model.plan.base
      row[input.slot] = values[line][range.lowerBound % levels.count]
      return DeterministicValuation.analytic(model, row: row).total
    }
    lines = inputs.enumerated().map { line, input in
      Line(
        input: input.path, unit: input.unit, values: values[line],
        rnpv: Array(cells[line * levels.count..<(line + 1) * levels.count]))
    }
  }
}
