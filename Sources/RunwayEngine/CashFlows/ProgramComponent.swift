/// A program's own flows: the cost of every phase it starts and, once
/// approved, its margin on the sales it makes itself; none for a
/// partner's programme.
struct ProgramComponent: ComponentModel {
  let component: Component
  let program: Int
  let ownShare: Double
  /// Whether it is ours; a partner's (`owner`) books nothing.
  let isOurs: Bool

  var programs: [Int] { [program] }

  func book(into state: inout PathState, as index: Int) {
    guard isOurs else { return }
    let margin = state.programs[program].marginShare
    for period in state.programs[program].activePeriods {
      let flow =
        state.programs[program].sales[period] * ownShare * margin
        - state.programs[program].totalCost(in: period)
      if flow != 0 { state.add(flow, period: period, to: index, channel: 0) }
    }
  }
}
