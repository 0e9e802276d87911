/// Two companies share a program's trial costs and its profits.
///
/// The program's own component counts all of both; this one adds what the
/// partner pays of the costs and subtracts the partner's share of the
/// profits, so the parts still add up to the whole. The partner's value is
/// the opposite of these flows.
struct CoDevelopmentComponent: ComponentModel {
  let component: Component
  let program: Int
  let ownShare: Double
  let costShare: Input
  let profitShare: Input
  let channel: Int

  var programs: [Int] { [program] }
  var valuesCounterparty: Bool { true }

  func book(into state: inout PathState, as index: Int) {
    let partnerCosts = 1 - costShare.value(state.row)
    let partnerProfits = 1 - profitShare.value(state.row)
    for period in state.programs[program].activePeriods {
      let profit =
        state.programs[program].sales[period] * ownShare * state.programs[program].marginShare
      let costs = partnerCosts * state.programs[program].cost(in: period, phases: nil)
      let flow = costs - partnerProfits * profit
      guard flow != 0 else { continue }
      state.add(flow, period: period, to: index, channel: channel)
      if state.ledger.byType != nil {
        let factor = state.discounting.factor(channel, period: period)
        state.ledger.note(costs * factor, as: .costSharing, of: index)
        state.ledger.note(-partnerProfits * profit * factor, as: .profitSharing, of: index)
      }
      state.addCounterparty(-flow, period: period, to: index, channel: channel)
    }
  }
}
