/// Shares subscribed by an investor: cash in on the day.
struct EquityComponent: ComponentModel {
  let component: Component
  let day: Double
  let amount: Input
  let channel: Int

  var programs: [Int] { [] }

  func book(into state: inout PathState, as index: Int) {
    state.add(amount.value(state.row), on: day, to: index, channel: channel)
  }
}
