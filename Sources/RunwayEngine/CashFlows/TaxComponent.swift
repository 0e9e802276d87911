/// Corporate income tax: on each period's taxable profit, the undiscounted
/// value flows of every other component but financing, with losses carried
/// forward without limit.
///
/// Its value depends on every programme's outcome at once, so the
/// analytic rNPV weighs it over their joint outcomes
/// (``DeterministicValuation``), not over a group of its own.
struct TaxComponent: ComponentModel {
  let component: Component
  /// The components whose flows are taxed.
  let taxed: [Int]
  let rate: Input
  let lossesBroughtForward: Input?
  let channel: Int

  var programs: [Int] { [] }

  var readsOtherComponents: Bool { true }

  func book(into state: inout PathState, as index: Int) {
    let periods = state.ledger.periods
    var carry = carryForward(state.row)
    for period in 0..<periods {
      var profit = 0.0
      for component in taxed { profit += state.ledger.flow(of: component, in: period) }
      let tax = carry.tax(on: profit)
      if tax > 0 { state.add(-tax, period: period, to: index, channel: channel) }
    }
  }

  /// The state of the losses before the first period, with the inputs of
  /// `row`.
  func carryForward(_ row: [Double]) -> LossCarryForward {
    LossCarryForward(rate: rate.value(row), losses: lossesBroughtForward?.value(row) ?? 0)
  }
}
