/// A program's own flows: the cost of every phase it starts and, once
/// approved, its margin on the sales it makes itself; none for a
/// partner's programme.
struct ProgramComponent: ComponentModel {
  let component: Component
  let program: Int
  let ownShare: Double
  let bearsCosts: Bool

  var programs: [Int] { [program] }

  func book(into state: inout PathState, as index: Int) {
    let path = state.programs[program]
    guard bearsCosts || ownShare > 0 else { return }
    for period in state.timeline.periods.indices {
      let flow =
        path.sales[period] * ownShare * path.marginShare
        - (bearsCosts ? path.cost(in: period, phases: nil) : 0)
      if flow != 0 { state.add(flow, period: period, to: index, channel: 0) }
    }
  }
}
