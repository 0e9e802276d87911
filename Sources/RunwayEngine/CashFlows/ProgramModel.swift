import RunwayModel
import RunwayNumerics

/// A development program compiled for the engine: its phases and market
/// with every number as an input slot.
///
/// A class, immutable: it is read on every path, and a struct read from an
/// array is copied there with each of its arrays and strings retained.
final class ProgramModel: Sendable {
  struct PhaseModel: Sendable {
    let name: String
    /// Days after the valuation date (first phase only).
    let start: Double?
    let lagYears: Input
    let durationYears: Input
    /// The cost is the product of these: the cost, or patients × cost per
    /// patient.
    let cost: [Input]
    let profile: SpendingProfile
    let successProbability: Input
    /// The uniform that decides the phase's success on a path.
    let outcome: RandomStream
  }

  let id: String
  let name: String
  let phases: [PhaseModel]
  let market: MarketModel?
  /// The share of sales the company makes itself: all territories but
  /// those licensed out.
  let ownShare: Double

  init(
    _ program: Program, licensedOut: [[String]], plan: inout InputPlan, timeline: Timeline,
    seed: UInt64
  ) throws(ValuationError) {
    id = program.id
    name = program.name
    let path = "programs.\(program.id)"
    var phases: [PhaseModel] = []
    // Each input is keyed by its index path, the one --set takes, so that
    // renaming a phase changes none of its draws.
    for (index, phase) in program.phases.enumerated() {
      let field = "\(path).phases[\(index)]"
      var perPatient: (Input, Input)?
      var cost = [try plan.input(phase.cost, path: "\(field).cost")]
      if case .perPatient(let patients, let costPerPatient, let recruitment, let followUp) =
        phase.costCurve
      {
        perPatient = (
          try plan.input(recruitment, path: "\(field).costCurve.recruitment"),
          try plan.input(followUp, path: "\(field).costCurve.followUp")
        )
        cost = [
          try plan.input(patients, path: "\(field).costCurve.patients"),
          try plan.input(costPerPatient, path: "\(field).costCurve.costPerPatient"),
        ]
      }
      phases.append(
        PhaseModel(
          name: phase.name, start: phase.start.map(timeline.time(of:)),
          lagYears: try plan.input(phase.lag, path: "\(field).lag"),
          durationYears: try plan.input(phase.duration, path: "\(field).duration"), cost: cost,
          profile: SpendingProfile(
            phase.costCurve, perPatient: perPatient.map { (recruitment: $0.0, followUp: $0.1) }),
          // A linked phase's probability is written under `dependsOn`; its
          // stream keeps the phase's own name, so no draw moves.
          successProbability: try plan.input(
            phase.successProbability,
            path: phase.link == nil
              ? "\(field).successProbability" : "\(field).dependsOn.successProbability",
            stream: "\(field).successProbability"),
          outcome: RandomStream(seed: seed, name: "\(field).success")))
    }
    self.phases = phases
    if let market = program.market {
      self.market = try MarketModel(
        market, field: "\(path).market", plan: &plan, timeline: timeline)
    } else {
      market = nil
    }
    var own = 1.0
    for territories in licensedOut {
      own -= territories.isEmpty ? 1 : Self.share(of: territories, in: market?.territories)
    }
    ownShare = max(0, own)
  }

  /// The share of the program's sales made in `territories` (all when empty).
  func share(of territories: [String]) -> Double {
    territories.isEmpty ? 1 : Self.share(of: territories, in: market?.territories)
  }

  private static func share(of territories: [String], in split: [String: Double]?) -> Double {
    guard let split, !split.isEmpty else { return 0 }
    return territories.reduce(0) { $0 + (split[$1] ?? 0) }
  }

  /// How many phases succeed on a path where phase i's outcome draws
  /// `uniform(i)`: each phase's uniform against its probability, in
  /// order, until one fails.
  func phasesPassed(row: [Double], uniform: (Int) -> Double) -> Int {
    for index in phases.indices where uniform(index) >= phases[index].successProbability.value(row)
    {
      return index
    }
    return phases.count
  }

  /// Dates, spending and sales of the program on a path where `passed`
  /// phases succeed.
  ///
  /// A programme `halted` at a gate stops before phase `passed` starts.
  func evaluate(
    row: [Double], passed: Int, halted: Bool = false, timeline: Timeline,
    into state: inout ProgramPath
  ) {
    state.reset()
    state.passed = passed
    state.started = halted ? passed : min(passed + 1, phases.count)
    var previousEnd = 0.0
    for index in phases.indices {
      let start = phases[index].start ?? previousEnd + 365 * phases[index].lagYears.value(row)
      let end = start + 365 * max(0, phases[index].durationYears.value(row))
      state.start[index] = start
      state.end[index] = end
      previousEnd = end
    }
    for index in 0..<state.started {
      var cost = 1.0
      for factor in phases[index].cost { cost *= factor.value(row) }
      spread(
        cost, from: state.start[index], to: state.end[index], phase: index, row: row,
        timeline: timeline, into: &state)
    }
    guard passed == phases.count else { return }
    market?.launch(approvedOn: previousEnd, row: row, timeline: timeline, into: &state)
  }

  private func spread(
    _ cost: Double, from start: Double, to end: Double, phase index: Int, row: [Double],
    timeline: Timeline, into state: inout ProgramPath
  ) {
    let periods = timeline.periods
    guard end > start else {
      if let period = timeline.period(containing: start) {
        state.spend(cost, phase: index, period: period)
      }
      return
    }
    guard let first = timeline.period(containing: max(0, start)) else { return }
    let length = end - start
    // Periods are contiguous, so each one's share spent at its end is the
    // next one's at its start: computed once (the S-curve's is an exp).
    // The profile read in place: passed as an argument, the enum was
    // copied (an outlined copy of its payloads) on every phase of every path.
    phases[index].profile.withSpent(row: row) { spent in
      state.spend(phase: index) { spending in
        var period = first
        var spentBefore = spent((max(periods[first].start, start) - start) / length)
        while period < periods.count, periods[period].start < end {
          let spentBy = spent((min(periods[period].end, end) - start) / length)
          spending.add(cost * (spentBy - spentBefore), in: period)
          spentBefore = spentBy
          period += 1
        }
        return first..<period
      }
    }
  }
}
