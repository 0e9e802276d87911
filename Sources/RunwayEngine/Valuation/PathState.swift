/// Everything a component reads and writes while its flows on one path are
/// computed: the inputs, what happened to each program, the discount
/// factors and the ledger.
///
/// Noncopyable, as what a path writes is (``FixedBuffer``): one state
/// serves a worker's paths, and is lent (`inout`, `borrowing`), never
/// copied.
struct PathState: ~Copyable {
  let timeline: Timeline
  /// The path's inputs, one per slot of the ``InputPlan``.
  var row: [Double]
  var programs: FixedBuffer<ProgramPath>
  /// For each program: whether it stopped at a gate, before phase
  /// `passed` started.
  var halted: FixedBuffer<Bool>
  /// For each clawback: 1 when it happens on the path, 0 when not; its
  /// probability in the analytic valuation, whose value is linear in it.
  var clawbacks: FixedBuffer<Double>
  var discounting: Discounting
  /// The discount factors of the days this worker has met, this path's
  /// included.
  var dayFactors: DayFactors
  var ledger: Ledger

  /// Books `amount`, spread over `period`, to `component`; returns its
  /// present value.
  @discardableResult
  mutating func add(_ amount: Double, period: Int, to component: Int, channel: Int) -> Double {
    ledger.addFlow(amount, of: component, in: period)
    let present = amount * discounting.factor(channel, period: period)
    ledger.add(present, to: .value, of: component)
    ledger.dated?.append(
      .init(
        component: component, day: timeline.periods[period].flowDay, amount: amount,
        channel: channel))
    return present
  }

  /// Books `amount` on day `t` to `component`; returns its present value.
  ///
  /// A flow before the valuation date is sunk and one after the horizon is
  /// outside the model: both count for nothing.
  @discardableResult
  mutating func add(_ amount: Double, on t: Double, to component: Int, channel: Int) -> Double {
    guard let period = timeline.period(containing: t) else { return 0 }
    ledger.addFlow(amount, of: component, in: period)
    let present = amount * dayFactors.factor(channel, day: t, in: discounting)
    ledger.add(present, to: .value, of: component)
    ledger.dated?.append(
      .init(component: component, day: t, amount: amount, channel: channel))
    return present
  }

  /// Books `amount` (an outflow, negative) owed on a sum received before
  /// the valuation date; returns the present value owed.
  ///
  /// It is a cash flow on day `t` (or on the valuation date if `t` is
  /// past), counted as a liability already outstanding, not as the
  /// component's value.
  @discardableResult
  mutating func addOwed(_ amount: Double, on t: Double, to component: Int, channel: Int)
    -> Double
  {
    let t = max(t, 0)
    guard let period = timeline.period(containing: t) else { return 0 }
    ledger.addFlow(amount, of: component, in: period)
    let present = -amount * dayFactors.factor(channel, day: t, in: discounting)
    ledger.add(present, to: .owed, of: component)
    return present
  }

  /// Books the counterparty's side of a flow spread over `period`.
  mutating func addCounterparty(_ amount: Double, period: Int, to component: Int, channel: Int) {
    ledger.add(
      amount * discounting.factor(channel, period: period), to: .counterparty, of: component)
  }

  /// Books the counterparty's side of a flow on day `t`.
  mutating func addCounterparty(_ amount: Double, on t: Double, to component: Int, channel: Int) {
    guard timeline.period(containing: t) != nil else { return }
    let factor = dayFactors.factor(channel, day: t, in: discounting)
    ledger.add(amount * factor, to: .counterparty, of: component)
  }
}
