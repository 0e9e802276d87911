import RunwayModel
import RunwayNumerics

/// What each uncertain input does to the rNPV on its own.
///
/// Each input is swung to its P10 and its P90, every other input at base,
/// and the analytic rNPV recomputed at each end. Bars are sorted by their range, widest first,
/// which is the order a tornado chart draws them in.
///
/// One input at a time, so correlations play no part: the global
/// measures (``GlobalSensitivity``) are the ones that see them.
public struct Tornado: Codable, Hashable, Sendable {
  /// One input's swing.
  public struct Bar: Codable, Hashable, Sendable {
    /// The path `--set` takes: `variables.NAME`, an inline distribution's
    /// field, or an event's probability.
    public var input: String
    /// An event's words (a shared risk's or a programme's phase's name);
    /// `nil` for an input, which the report labels from its path.
    public var event: String?
    /// What the input measures, where the file says; an event's is a share
    /// (its probability).
    public var unit: QuantityUnit?
    /// The input's P10 and P90, in its own unit and currency; an event's
    /// failure (0) and success (1).
    public var low: Double
    public var high: Double
    /// The total analytic rNPV with the input at its P10 and at its P90.
    public var rnpvAtLow: Double
    public var rnpvAtHigh: Double

    public init(
      input: String, event: String? = nil, unit: QuantityUnit? = nil, low: Double, high: Double,
      rnpvAtLow: Double, rnpvAtHigh: Double
    ) {
      self.input = input
      self.event = event
      self.unit = unit
      self.low = low
      self.high = high
      self.rnpvAtLow = rnpvAtLow
      self.rnpvAtHigh = rnpvAtHigh
    }

    /// How far apart the two ends are.
    public var range: Double { abs(rnpvAtHigh - rnpvAtLow) }

    /// Whether it swings an event (fails, succeeds) rather than an input.
    public var isEvent: Bool { event != nil }
  }

  /// The total analytic rNPV with every input at base.
  public var base: Double
  public var bars: [Bar]
  /// The analytic rNPV with every input at the end of its bar that lowers
  /// the value (the bear case) and at the one that raises it (the bull
  /// case); `nil` when nothing is uncertain.
  public var bear: Double?
  public var bull: Double?

  public init(base: Double, bars: [Bar], bear: Double? = nil, bull: Double? = nil) {
    self.base = base
    self.bars = bars
    self.bear = bear
    self.bull = bull
  }
}

extension Tornado {
  /// The tornado of `model`, whose analytic rNPV at base is `base`; its
  /// valuations shared among `threads`.
  init(_ model: ScenarioModel, base: Double, threads: Int) {
    let plan = model.plan
    var bear = plan.base
    var bull = plan.base
    // Each input at its 10th and then its 90th percentile, every other
    // at base.
    let ends = plan.uncertain.flatMap { input in
      [0.1, 0.9].map { [(slot: input.slot, value: input.distribution.quantile($0))] }
    }
    let totals = DeterministicValuation.totals(model, settings: ends, threads: threads)
    let bars = plan.uncertain.enumerated().map { index, input in
      let (low, high) = (ends[2 * index][0].value, ends[2 * index + 1][0].value)
      let (atLow, atHigh) = (totals[2 * index], totals[2 * index + 1])
      let lowIsWorse = atLow <= atHigh
      bear[input.slot] = lowIsWorse ? low : high
      bull[input.slot] = lowIsWorse ? high : low
      return Bar(
        input: input.path, unit: input.unit, low: low, high: high, rnpvAtLow: atLow,
        rnpvAtHigh: atHigh)
    }
    self.init(base: base, bars: bars)
    if !bars.isEmpty {
      self.bear = DeterministicValuation.analytic(model, row: bear).total
      self.bull = DeterministicValuation.analytic(model, row: bull).total
    }
    sortBars()
  }

  /// Widest first; stable for equal ranges: the scenario's order breaks
  /// ties.
  mutating func sortBars() {
    let order = bars.indices.sorted { (bars[$0].range, $1) > (bars[$1].range, $0) }
    bars = order.map { bars[$0] }
  }
}
