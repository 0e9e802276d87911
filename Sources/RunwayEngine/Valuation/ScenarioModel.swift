import RunwayModel
import RunwayNumerics

/// A scenario compiled for valuation: its inputs as slots, its programs,
/// and one model per component (program, funding instrument, deal) that
/// books the component's flows on a path.
struct ScenarioModel: Sendable {
  let timeline: Timeline
  let plan: InputPlan
  let programs: [ProgramModel]
  let components: [any ComponentModel]
  /// The order in which components are booked: those that read others'
  /// flows (an advance's share of licence income, the tax) last.
  let bookingOrder: [Int]
  /// Whether each component is value (not financing).
  var isValue: [Bool] { components.map(\.component.section.isValue) }

  /// Whether the equity value is more than the enterprise value plus a
  /// constant.
  ///
  /// It is when the starting cash is uncertain or something is owed on
  /// history; only then does a run keep the equity value per path.
  var equityVaries: Bool { startingCashVaries || components.contains(where: \.owesHistory) }
  /// Whether the starting cash, or its exchange rate, is uncertain.
  var startingCashVaries: Bool {
    let uncertain = Set(plan.uncertain.map(\.slot))
    return startingCash.map { cash in
      uncertain.contains(cash.slot) || cash.fxSlot.map(uncertain.contains) == true
    } ?? false
  }
  /// Phases whose outcomes are tied across programmes or to shared risks.
  let links: PhaseLinks
  /// The ids of the shared risks, in the scenario's order.
  let riskIDs: [String]
  /// The go/no-go gates and what they know.
  let gates: GateSet
  /// The gates' decisions with every input at base, which the Monte Carlo
  /// follows on every path.
  private(set) var policy: GatePolicy
  /// The field, stream and probability of each clawback.
  let clawbacks: [(field: String, stream: RandomStream, probability: Input)]
  let startingCash: Input?
  /// The discount channels, with the factors of fixed rates tabulated.
  let discounting: Discounting
  /// Where each discount channel's rate is stated (``ModelBuilder/ratePaths``).
  let ratePaths: [String]
  let copula: (copula: GaussianCopula, members: [Int])?
  /// What the user should know about the run: a repaired correlation
  /// matrix, a correlation that has no effect, a term not valued.
  private(set) var warnings: [String]

  init(_ scenario: Scenario, seed: UInt64) throws(ValuationError) {
    let settings = scenario.settings
    timeline = Timeline(settings: settings)
    var plan = try InputPlan(scenario: scenario, seed: seed)
    var warnings: [String] = []
    let scenarioRate = try plan.input(settings.discountRate, path: "scenario.discountRate")
    let startingCash = try settings.startingCash.map { q throws(ValuationError) in
      try plan.input(q, path: "scenario.startingCash")
    }
    var programs: [ProgramModel] = []
    for program in scenario.programs {
      let licensedOut = scenario.deals.compactMap { deal -> [String]? in
        guard case .licence(let licence) = deal.terms, licence.direction == .outLicence,
          licence.program == program.id
        else { return nil }
        return licence.territories
      }
      programs.append(
        try ProgramModel(
          program, licensedOut: licensedOut, plan: &plan, timeline: timeline, seed: seed))
    }
    var builder = ModelBuilder(
      plan: plan, timeline: timeline, seed: seed, programs: programs, scenarioRate: scenarioRate,
      scenarioRatePath: ModelBuilder.statedPath(
        of: settings.discountRate, in: "scenario.discountRate"))
    // Components are the programs, the funding, then the deals.
    for (index, deal) in scenario.deals.enumerated() {
      guard case .licence(let licence) = deal.terms, licence.direction == .outLicence else {
        continue
      }
      builder.outLicences[licence.program, default: []].append(
        programs.count + scenario.funding.count + index)
    }
    var components: [any ComponentModel] = programs.enumerated().map { index, program in
      ProgramComponent(
        component: Component(
          id: program.id, name: program.name, kind: "program", section: .programmes),
        program: index, ownShare: program.ownShare, isOurs: scenario.programs[index].owner == nil)
    }
    for instrument in scenario.funding {
      components.append(try builder.component(instrument))
    }
    for deal in scenario.deals {
      components.append(try builder.component(deal))
      if case .licence(let licence) = deal.terms, licence.sublicenceShare != nil {
        warnings.append(
          "deals.\(deal.id).sublicenceShare is not valued: the scenario does not model the licensee's sublicence income"
        )
      }
    }
    if let tax = settings.tax {
      let taxed = components.indices.filter { components[$0].component.section.isValue }
      components.append(
        TaxComponent(
          component: Component(
            id: "corporate-tax", name: "Corporate income tax", kind: "tax", section: .taxes),
          taxed: taxed, rate: try builder.input(tax.rate, "scenario.tax.rate"),
          lossesBroughtForward: try tax.lossesBroughtForward.map { q throws(ValuationError) in
            try builder.input(q, "scenario.tax.lossesBroughtForward")
          }, channel: 0))
    }
    var risks: [(probability: Input, stream: RandomStream)] = []
    for risk in scenario.risks {
      let field = "risks.\(risk.id).successProbability"
      risks.append(
        (
          try builder.input(risk.successProbability, field),
          RandomStream(seed: seed, name: "risks.\(risk.id).success")
        ))
    }
    links = PhaseLinks(scenario, programs: programs, risks: risks)
    riskIDs = scenario.risks.map(\.id)
    gates = try GateSet(scenario, builder: &builder)
    policy = GatePolicy(never: gates, programs: programs.count)
    self.plan = builder.plan
    self.programs = programs
    self.components = components
    bookingOrder =
      components.indices.filter { !components[$0].readsOtherComponents }
      + components.indices.filter { components[$0].readsOtherComponents }
    self.startingCash = startingCash
    clawbacks = builder.clawbacks
    let uncertainSlots = Set(builder.plan.uncertain.map(\.slot))
    discounting = Discounting(
      rates: builder.rates, timeline: timeline, uncertainSlots: uncertainSlots,
      base: builder.plan.base)
    ratePaths = builder.ratePaths
    let correlation = try CorrelationSetup(scenario.correlations, plan: builder.plan)
    copula = correlation.copula
    self.warnings = correlation.warnings + warnings
    if !gates.isEmpty { policy = GatePolicy(self, row: self.plan.base) }
    self.warnings += AidCumulation.warnings(self)
  }

  /// The development outcomes as factors of the sensitivity measures:
  /// programmes and risks whose outcomes are tied form one factor (a
  /// shared readout counted once), the others one each.
  var outcomeFactors: [(name: String, units: [Int])] {
    links.groups.map { units in
      let ids = units.filter { $0 < programs.count }.map { programs[$0].id }
      let risks = units.filter { $0 >= programs.count }.map {
        "risks." + riskIDs[$0 - programs.count]
      }
      let name = ((ids.isEmpty ? [] : ["programs." + ids.joined(separator: " + ")]) + risks)
        .joined(separator: " + ")
      return (name, units)
    }
  }

  /// A fresh state for one path or deterministic case.
  func makeState(recording: Bool = false) -> PathState {
    PathState(
      timeline: timeline, row: plan.constants,
      programs: FixedBuffer(count: programs.count) {
        ProgramPath(phases: programs[$0].phases.count, periods: timeline.periods.count)
      },
      halted: FixedBuffer(repeating: false, count: programs.count),
      clawbacks: FixedBuffer(repeating: 0, count: clawbacks.count), discounting: discounting,
      dayFactors: DayFactors(channels: discounting.rates.count),
      ledger: Ledger(
        components: components.count, periods: timeline.periods.count, recording: recording))
  }

  /// Plays one path whose inputs are in `state.row`.
  ///
  /// It decides each program's phases and each clawback from their
  /// streams, stops a programme where its gate's decision for the path's
  /// case says so, then books every component; programme i's phases
  /// passed are then `state.programs[i].passed`. `outcome(unit, phase)` is
  /// the uniform that decides a phase of a unit (the programmes, then the
  /// shared risks): draw 0 of its stream (``outcomeUniform(_:_:path:)``)
  /// at the path whose outcomes the unit takes; `clawback(k)` is the one
  /// that decides clawback k (``clawbackUniform(_:path:)``). The same path
  /// in a Monte Carlo run; different ones when a Sobol design mixes two
  /// samples.
  func play(
    _ state: inout PathState, outcome: (_ unit: Int, _ phase: Int) -> Double,
    clawback: (Int) -> Double
  ) {
    state.discounting.update(row: state.row)
    for index in programs.indices {
      if links.isEmpty {
        // Borrowed, not retained (``book(_:)``).
        state.programs[index].passed = Unmanaged.passUnretained(programs[index])
          ._withUnsafeGuaranteedRef { $0.phasesPassed(row: state.row) { outcome(index, $0) } }
      } else {
        state.programs[index].passed = links.phasesPassed(
          index, row: state.row, outcome: outcome)
      }
    }
    if !gates.isEmpty {
      let stops = policy.stops[gates.caseIndex(of: state.row)]
      for index in programs.indices {
        let passed = state.programs[index].passed
        let stop = stops[index].flatMap { passed >= $0 ? $0 : nil }
        state.halted[index] = stop != nil
        state.programs[index].passed = stop ?? passed
      }
    }
    // Read in place: a bound copy of the clawback would retain its field's
    // name, a string every worker shares.
    for index in clawbacks.indices {
      state.clawbacks[index] =
        clawback(index) < clawbacks[index].probability.value(state.row) ? 1 : 0
    }
    book(&state)
  }

  /// The uniform that decides phase `phase` of `unit` (a programme, then
  /// the shared risks) on `path`.
  func outcomeUniform(_ unit: Int, _ phase: Int, path: Int) -> Double {
    links.streams[unit][phase].uniform(path: UInt64(path), draw: 0)
  }

  /// The uniform that decides clawback `index` on `path`.
  func clawbackUniform(_ index: Int, path: Int) -> Double {
    clawbacks[index].stream.uniform(path: UInt64(path), draw: 0)
  }

  /// The probability that `program` is approved, with the inputs of
  /// `row` and its gates deciding as they do at base.
  func probabilityOfApproval(_ program: Int, row: [Double]) -> Double {
    (0..<gates.caseCount).reduce(0) { sum, index in
      policy.stops[index][program] != nil
        ? sum
        : sum + gates.probability(of: index)
          * links.law(row: gates.row(row, case: index)).probability(
            ofPassing: [programs[program].phases.count], programs: [program])
    }
  }

  /// Books every component on the path whose inputs are in `state.row`,
  /// where program i passes `passed[i]` phases (and then stops, if
  /// `state.halted[i]`).
  func book(_ state: inout PathState, passed: [Int]) {
    for index in programs.indices { state.programs[index].passed = passed[index] }
    book(&state)
  }

  /// Books every component, program i passing `state.programs[i].passed`
  /// phases.
  private func book(_ state: inout PathState) {
    state.ledger.reset()
    let row = state.row
    // Each program is borrowed, not retained: every worker reads the same
    // programs, and a retain is an atomic write to the object's count, whose
    // cache line the cores then pass back and forth (6 % of a two-thread
    // run). The model holds the programs while it plays paths.
    for index in programs.indices {
      let (passed, halted) = (state.programs[index].passed, state.halted[index])
      Unmanaged.passUnretained(programs[index])._withUnsafeGuaranteedRef {
        $0.evaluate(
          row: row, passed: passed, halted: halted, timeline: timeline,
          into: &state.programs[index])
      }
    }
    for index in bookingOrder { components[index].book(into: &state, as: index) }
  }
}
