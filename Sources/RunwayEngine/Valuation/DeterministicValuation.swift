/// A valuation with every input at its base (its mean): the unrisked case,
/// where every phase succeeds, or the analytic rNPV, where each program's
/// decision tree is walked and every outcome weighted by its probability.
///
/// The analytic rNPV is exact because a component's flows depend on the
/// outcomes of its own programs only: for each component, the joint
/// branches of its programs' trees (fails at phase 1, at phase 2, …,
/// approved) are evaluated and weighted by their joint probability, which
/// ``PhaseLinks`` computes exactly when outcomes are shared. Gates stop a
/// programme where their decisions (``GatePolicy``) say, in each case of
/// what they know. Clawbacks enter with their probability, their flows
/// being linear in it.
struct DeterministicValuation: Sendable {
  /// Per component.
  var value: [Double]
  var counterparty: [Double]
  var liability: [Double]
  /// What is owed on sums received before the valuation date.
  var owed: [Double]
  /// Component-major, per period, undiscounted.
  var flows: [Double]
  /// Every flow of the company's side with its day (weighted by its
  /// probability in the analytic case), for XIRR.
  var dated: [Ledger.DatedFlow]
  /// Each component's present value by payment type (``Ledger/byType``).
  var byType: [Double] = []
  /// Each advance's schedule, weighted like `dated`.
  var advanceEntries: [AdvanceEntry] = []
  /// Whether each component is value rather than financing.
  let isValue: [Bool]

  /// Every phase succeeds.
  static func unrisked(_ model: ScenarioModel) -> DeterministicValuation {
    var state = baseState(model, row: model.plan.base)
    model.book(&state, passed: model.programs.map(\.phases.count))
    let components = model.components.indices
    let periods = model.timeline.periods.indices
    var result = DeterministicValuation(
      value: components.map { state.ledger[.value, $0] },
      counterparty: components.map { state.ledger[.counterparty, $0] },
      liability: components.map { state.ledger[.liability, $0] },
      owed: components.map { state.ledger[.owed, $0] },
      flows: components.flatMap { component in
        periods.map { state.ledger.flow(of: component, in: $0) }
      }, dated: state.ledger.dated ?? [], isValue: model.isValue)
    result.byType = state.ledger.byType ?? []
    return result
  }

  /// Each component weighted over the outcomes of the programs it depends on,
  /// with the inputs of `row` (by default every input at base).
  ///
  /// With gates, each case of what they know is weighed by its
  /// probability, the programmes stopping where the decisions for `row`
  /// say (or nowhere, without `deciding`: the value without the option).
  /// With `scheduling`, each advance's schedule too: the result's case
  /// needs it, the sensitivities' many cases read only their totals.
  static func analytic(
    _ model: ScenarioModel, row: [Double]? = nil, deciding: Bool = true, scheduling: Bool = false
  ) -> DeterministicValuation {
    let components = model.components.count
    let periods = model.timeline.periods.count
    var result = DeterministicValuation(
      value: Array(repeating: 0, count: components),
      counterparty: Array(repeating: 0, count: components),
      liability: Array(repeating: 0, count: components),
      owed: Array(repeating: 0, count: components),
      flows: Array(repeating: 0, count: components * periods), dated: [],
      isValue: model.isValue)
    result.byType = Array(repeating: 0, count: components * PaymentType.allCases.count)
    let row = row ?? model.plan.base
    let gates = model.gates
    let policy =
      !deciding
      ? GatePolicy(never: gates, programs: model.programs.count)
      : row == model.plan.base ? model.policy : GatePolicy(model, row: row)
    for (index, probability) in gates.cases(holding: row, base: model.plan.base) {
      result.add(
        model, row: gates.row(row, case: index), stops: policy.stops[index], weight: probability,
        scheduling: scheduling)
    }
    return result
  }

  /// Adds the components weighted over their programmes' outcomes, with
  /// the inputs of `row`, each programme stopping at the gate of `stops`,
  /// all times `weight` (the probability of a case of the gates).
  private mutating func add(
    _ model: ScenarioModel, row: [Double], stops: [Int?], weight caseWeight: Double,
    scheduling: Bool
  ) {
    let periods = model.timeline.periods.count
    var state = Self.baseState(model, row: row)
    if !scheduling { state.ledger.advanceEntries = nil }
    let law = model.links.law(row: row)
    let tax = model.components.indices.compactMap { index in
      (model.components[index] as? TaxComponent).map { (index: index, model: $0) }
    }.first
    let groups = Dictionary(
      grouping: model.components.indices.filter { $0 != tax?.index }
    ) {
      Array(Set(model.components[$0].programs)).sorted()
    }
    // For the tax: each group's taxed flows per period, per outcome of
    // its programmes, in the order `outcomes(of:)` lists them.
    var profits: [(programs: [Int], flows: [[Double]])] = []
    for (programs, members) in groups.sorted(by: { $0.value[0] < $1.value[0] }) {
      let taxed = members.filter { tax?.model.taxed.contains($0) ?? false }
      var table: [[Double]] = []
      for outcome in Self.outcomes(of: programs, in: model) {
        var passed = model.programs.map(\.phases.count)
        for (program, phases) in zip(programs, outcome) {
          let stop = stops[program].flatMap { phases >= $0 ? $0 : nil }
          passed[program] = stop ?? phases
          state.halted[program] = stop != nil
        }
        let weight = caseWeight * law.probability(ofPassing: outcome, programs: programs)
        if weight > 0 { model.book(&state, passed: passed) }
        if tax != nil {
          // An outcome that cannot happen is never looked up.
          table.append(
            weight > 0
              ? (0..<periods).map { period in
                taxed.reduce(0) { $0 + state.ledger.flow(of: $1, in: period) }
              } : [])
        }
        guard weight > 0 else { continue }
        for index in members {
          value[index] += weight * state.ledger[.value, index]
          counterparty[index] += weight * state.ledger[.counterparty, index]
          liability[index] += weight * state.ledger[.liability, index]
          owed[index] += weight * state.ledger[.owed, index]
          for period in 0..<periods {
            flows[index * periods + period] += weight * state.ledger.flow(of: index, in: period)
          }
          let types = PaymentType.allCases.count
          for type in 0..<types {
            byType[index * types + type] +=
              weight * (state.ledger.byType?[index * types + type] ?? 0)
          }
        }
        for flow in state.ledger.dated ?? [] where members.contains(flow.component) {
          dated.append(
            .init(
              component: flow.component, day: flow.day, amount: weight * flow.amount,
              channel: flow.channel))
        }
        for entry in state.ledger.advanceEntries ?? [] where members.contains(entry.component) {
          advanceEntries.append(entry.weighted(weight))
        }
      }
      for program in programs { state.halted[program] = false }
      profits.append((programs, table))
    }
    if let tax {
      addTax(
        tax.model, as: tax.index, profits: profits, model: model, state: state, law: law,
        weight: caseWeight)
    }
  }

  /// Weighs the tax over the joint outcomes of every programme
  /// (``TaxWalk``) and books its expected flow of each period.
  private mutating func addTax(
    _ tax: TaxComponent, as index: Int, profits: [(programs: [Int], flows: [[Double]])],
    model: ScenarioModel, state: borrowing PathState, law: OutcomeLaw, weight caseWeight: Double
  ) {
    let periods = model.timeline.periods.count
    let walk = TaxWalk(
      profits: profits, outcomes: model.programs.map { $0.phases.count + 1 }, law: law,
      periods: periods)
    let taxes = walk.expectedTaxes(weight: caseWeight, losses: tax.carryForward(state.row))
    for (period, amount) in taxes.enumerated() where amount > 0 {
      value[index] -= amount * state.discounting.factor(tax.channel, period: period)
      flows[index * periods + period] -= amount
      dated.append(
        .init(
          component: index, day: model.timeline.periods[period].flowDay, amount: -amount,
          channel: tax.channel))
    }
  }

  /// Every combination of phases passed (0…n) of `programs`.
  static func outcomes(of programs: [Int], in model: ScenarioModel) -> [[Int]] {
    programs.reduce([[]]) { partial, program in
      partial.flatMap { prefix in
        (0...model.programs[program].phases.count).map { prefix + [$0] }
      }
    }
  }

  /// A recording state with the inputs of `row` and clawbacks at their
  /// probability.
  static func baseState(_ model: ScenarioModel, row: [Double]) -> PathState {
    var state = model.makeState(recording: true)
    state.row = row
    state.discounting.reset(row: state.row)
    for (index, clawback) in model.clawbacks.enumerated() {
      state.clawbacks[index] = clawback.probability.value(state.row)
    }
    return state
  }

  /// The enterprise value: every component but financing.
  var total: Double {
    zip(value, isValue).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
  }

  /// The dated flows of the components that are value, for the IRR:
  /// financing flows would make a raise look like a return.
  var valueFlows: [Ledger.DatedFlow] { dated.filter { isValue[$0.component] } }
}
