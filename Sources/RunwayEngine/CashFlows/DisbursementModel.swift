/// Money a grant or advance pays: amounts on dates (each perhaps waiting
/// for programmes' events), or a share of a program's eligible costs after
/// a lag, up to a ceiling.
enum DisbursementModel: Sendable {
  case schedule([(day: Double, amount: Input, condition: ConditionModel?)])
  case shareOfCosts(CostShare)

  var isShareOfCosts: Bool {
    if case .shareOfCosts = self { true } else { false }
  }

  /// The programmes whose outcomes the payments depend on.
  var programs: [Int] {
    switch self {
    case .schedule(let payments):
      Array(Set(payments.flatMap { $0.condition?.programs ?? [] })).sorted()
    case .shareOfCosts(let share): [share.program]
    }
  }

  /// Calls `pay(&state, day, amount)` for every payment on the path in
  /// `state`, in order.
  ///
  /// The state is handed on to `pay`, which books into it: its inputs and
  /// programs passed beside a closure that writes to the state would be
  /// copied (retained) on every path.
  func forEachPayment(
    in state: inout PathState, _ pay: (inout PathState, Double, Double) -> Void
  ) {
    switch self {
    case .schedule(let payments):
      for payment in payments {
        var day = payment.day
        if let condition = payment.condition {
          guard
            let happened = condition.day(in: state)
          else { continue }
          day = max(day, happened)
        }
        pay(&state, day, payment.amount.value(state.row))
      }
    case .shareOfCosts(let terms):
      terms.forEachShare(in: &state) { state, _, day, amount in pay(&state, day, amount) }
    }
  }
}

extension DisbursementModel {
  /// Calls `aid(period, amount)` for every payment, set against the period
  /// whose costs it funds: a share of costs against the period of the
  /// costs, a scheduled payment against the period it is paid in.
  ///
  /// It only reads `state`, which it takes `inout` to hand on as
  /// ``forEachPayment(in:_:)`` does.
  func forEachAid(in state: inout PathState, _ aid: (Int, Double) -> Void) {
    switch self {
    case .schedule:
      forEachPayment(in: &state) { state, day, amount in
        if let period = state.timeline.period(containing: day) { aid(period, amount) }
      }
    case .shareOfCosts(let terms):
      terms.forEachAid(in: &state, aid)
    }
  }
}

/// A share of the eligible costs of a program's phases, paid a lag after
/// each period's costs, until the ceiling is reached.
struct CostShare: Sendable {
  let program: Int
  let phases: [Int]?
  /// The shares paid, added up (the EU's and the Region's for ERDF).
  let shares: [Input]
  let ceiling: Input?
  let lagYears: Input
  /// The days (from, to, excluded) whose costs are eligible; a period's
  /// cost counts for its share inside it.
  var window: (from: Double, to: Double)? = nil

  /// Calls `aid(period, amount)` for the share of each period's costs on
  /// the path in `state`, set against that period.
  func forEachAid(in state: inout PathState, _ aid: (Int, Double) -> Void) {
    forEachShare(in: &state) { _, period, _, amount in aid(period, amount) }
  }

  /// Calls `share(&state, period, day, amount)` for the share of each
  /// period's costs on the path in `state`, paid on `day`.
  func forEachShare(
    in state: inout PathState, _ share: (inout PathState, Int, Double, Double) -> Void
  ) {
    let rate = shares.reduce(0) { $0 + $1.value(state.row) }
    let lag = 365 * lagYears.value(state.row)
    var remaining = ceiling.map { $0.value(state.row) } ?? .infinity
    for index in state.programs[program].spendingPeriods where remaining > 0 {
      let period = state.timeline.periods[index]
      var cost = state.programs[program].cost(in: index, phases: phases)
      if let window {
        let inside = min(period.end, window.to) - max(period.start, window.from)
        cost *= max(0, min(1, inside / (period.end - period.start)))
      }
      guard cost > 0 else { continue }
      let amount = min(rate * cost, remaining)
      remaining -= amount
      share(&state, index, period.flowDay + lag, amount)
    }
  }
}

/// A probability that money received is taken back, compiled.
struct ClawbackModel: Sendable {
  /// Index of the clawback's indicator in ``PathState/clawbacks``.
  let index: Int
  let share: Input
  let delayYears: Input

  /// Books the clawback of `amount` received on day `t`; of a sum received
  /// before the valuation date it is owed, not value
  /// (``PathState/addOwed(_:on:to:channel:)``).
  func book(
    _ amount: Double, receivedOn t: Double, into state: inout PathState, as component: Int,
    channel: Int
  ) {
    let weight = state.clawbacks[index]
    guard weight > 0 else { return }
    let repaid = weight * share.value(state.row) * amount
    let due = t + 365 * delayYears.value(state.row)
    if t < 0 {
      state.addOwed(-repaid, on: due, to: component, channel: channel)
    } else {
      state.add(-repaid, on: due, to: component, channel: channel)
    }
  }
}
