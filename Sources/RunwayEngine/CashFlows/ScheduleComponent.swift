/// Explicit dated flows (a deal's `cash-flows`): each amount on its day.
struct ScheduleComponent: ComponentModel {
  let component: Component
  let flows: [(day: Double, amount: Input)]
  let channel: Int

  var programs: [Int] { [] }

  func book(into state: inout PathState, as index: Int) {
    for flow in flows {
      state.add(flow.amount.value(state.row), on: flow.day, to: index, channel: channel)
    }
  }
}
