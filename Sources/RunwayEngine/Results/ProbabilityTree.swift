/// A programme's decision tree as a board reads it: at each phase, the
/// chance of reaching it and of passing it, the present value of its
/// cost, the programme's value where it fails there, and its value on
/// reaching it; then the market, reached with the chance of approval.
///
/// Every input is at base and every phase is run (a gate's stop is in
/// the decisions). The values are the programme's own, discounted to the
/// valuation date; weighted by the chance of each ending they add up to
/// its rNPV without gates.
public struct ProbabilityTree: Codable, Hashable, Sendable {
  public struct Node: Codable, Hashable, Sendable {
    /// A phase's name, or `market`.
    public var name: String
    public var probabilityOfReaching: Double
    /// Given it is reached; `nil` for the market.
    public var probabilityOfSuccess: Double?
    /// The present value of the phase's cost (negative); `nil` for the
    /// market.
    public var cost: Double?
    /// The programme's value on the paths that stop here; for the
    /// market, its value where every phase succeeds.
    public var valueIfItEndsHere: Double
    /// Its expected value given this node is reached.
    public var valueOnReaching: Double
  }

  public var nodes: [Node]

  /// The tree of programme `program`, booked as component `component`.
  init(program: Int, component: Int, model: ScenarioModel) {
    let base = model.plan.base
    let phases = model.programs[program].phases
    let law = model.links.law(row: base)
    var state = DeterministicValuation.baseState(model, row: base)
    var passed = model.programs.map(\.phases.count)
    // The programme's value where it passes exactly `count` phases, and
    // the chance of that ending.
    let endings = (0...phases.count).map { count -> (value: Double, probability: Double) in
      passed[program] = count
      model.book(&state, passed: passed)
      return (
        state.ledger[.value, component],
        law.probability(ofPassing: [count], programs: [program])
      )
    }
    // With every phase run, each phase's cost discounted like the
    // programme's flows.
    let costs = phases.indices.map { phase in
      model.timeline.periods.indices.reduce(0.0) { sum, period in
        sum - state.programs[program].cost(in: period, phases: [phase])
          * state.discounting.factor(0, period: period)
      }
    }
    nodes = (0...phases.count).map { node in
      let onward = endings[node...]
      // Every programme reaches its first node, whatever the rounding.
      let reaching = node == 0 ? 1 : onward.reduce(0) { $0 + $1.probability }
      let value = onward.reduce(0) { $0 + $1.probability * $1.value }
      let isMarket = node == phases.count
      return Node(
        name: isMarket ? "market" : phases[node].name, probabilityOfReaching: reaching,
        probabilityOfSuccess: isMarket
          ? nil : reaching > 0 ? (reaching - endings[node].probability) / reaching : 0,
        cost: isMarket ? nil : costs[node], valueIfItEndsHere: endings[node].value,
        valueOnReaching: reaching > 0 ? value / reaching : endings[node].value)
    }
  }
}
