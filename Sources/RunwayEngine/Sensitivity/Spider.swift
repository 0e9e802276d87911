/// The rNPV as each of the inputs that move it most runs across its P10,
/// P25, P50, P75 and P90, every other input at base: the tornado's two
/// ends with the path between them, so that a curved or one-sided effect
/// shows.
public struct Spider: Codable, Hashable, Sendable {
  public struct Line: Codable, Hashable, Sendable {
    public var axis: InputAxis
    /// The total rNPV at each of the axis's values.
    public var rnpv: [Double]
  }

  /// Inputs drawn: a fifth line would be hard to tell from the others.
  static let lineCount = 4

  public var lines: [Line]

  /// The widest inputs of `tornado` (events have no levels), valued on
  /// `threads`.
  init(_ model: ScenarioModel, tornado: Tornado, threads: Int) {
    let uncertain = model.plan.uncertain
    let inputs = Array(
      tornado.bars.filter { !$0.isEvent }.compactMap { bar in
        uncertain.first { $0.path == bar.input }
      }.prefix(Self.lineCount))
    let axes = inputs.map(InputAxis.init)
    let width = InputAxis.levels.count
    let totals = DeterministicValuation.totals(
      model,
      settings: zip(inputs, axes).flatMap { input, axis in
        axis.values.map { [(slot: input.slot, value: $0)] }
      }, threads: threads)
    lines = axes.enumerated().map { line, axis in
      Line(axis: axis, rnpv: Array(totals[line * width..<(line + 1) * width]))
    }
  }
}
