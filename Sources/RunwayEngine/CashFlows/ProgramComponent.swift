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
    let path = state.programs[program]
    for period in state.timeline.periods.indices {
      let flow =
        path.sales[period] * ownShare * path.marginShare - path.cost(in: period, phases: nil)
      if flow != 0 { state.add(flow, period: period, to: index, channel: 0) }
    }
  }
}
