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

  /// Calls `pay(day, amount)` for every payment on the path, in order.
  ///
  /// It reads the path's inputs and programs only, so that `pay` may book
  /// into the path's ledger as it goes.
  func forEachPayment(
    row: [Double], programs: [ProgramPath], timeline: Timeline, _ pay: (Double, Double) -> Void
  ) {
    switch self {
    case .schedule(let payments):
      for payment in payments {
        var day = payment.day
        if let condition = payment.condition {
          guard let happened = condition.day(programs: programs, row: row, timeline: timeline)
          else { continue }
          day = max(day, happened)
        }
        pay(day, payment.amount.value(row))
      }
    case .shareOfCosts(let terms):
      terms.forEachPayment(row: row, programs: programs, timeline: timeline, pay)
    }
  }
}

extension DisbursementModel {
  /// Calls `aid(period, amount)` for every payment, set against the period
  /// whose costs it funds: a share of costs against the period of the
  /// costs, a scheduled payment against the period it is paid in.
  func forEachAid(
    row: [Double], programs: [ProgramPath], timeline: Timeline, _ aid: (Int, Double) -> Void
  ) {
    switch self {
    case .schedule:
      forEachPayment(row: row, programs: programs, timeline: timeline) { day, amount in
        if let period = timeline.period(containing: day) { aid(period, amount) }
      }
    case .shareOfCosts(let terms):
      terms.forEachShare(row: row, programs: programs, timeline: timeline) {
        period, _, amount in aid(period, amount)
      }
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

  func forEachPayment(
    row: [Double], programs: [ProgramPath], timeline: Timeline, _ pay: (Double, Double) -> Void
  ) {
    forEachShare(row: row, programs: programs, timeline: timeline) { _, day, amount in
      pay(day, amount)
    }
  }

  /// Calls `share(period, day, amount)` for the share of each period's
  /// costs, paid on `day`.
  ///
  /// The program's path is read in `programs`, where it lies: bound to a
  /// parameter, it would be copied with its arrays on every path.
  func forEachShare(
    row: [Double], programs: [ProgramPath], timeline: Timeline,
    _ share: (Int, Double, Double) -> Void
  ) {
    let rate = shares.reduce(0) { $0 + $1.value(row) }
    let lag = 365 * lagYears.value(row)
    var remaining = ceiling.map { $0.value(row) } ?? .infinity
    for index in programs[program].spendingPeriods where remaining > 0 {
      let period = timeline.periods[index]
      var cost = programs[program].cost(in: index, phases: phases)
      if let window {
        let inside = min(period.end, window.to) - max(period.start, window.from)
        cost *= max(0, min(1, inside / (period.end - period.start)))
      }
      guard cost > 0 else { continue }
      let amount = min(rate * cost, remaining)
      remaining -= amount
      share(index, period.flowDay + lag, amount)
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
