/// A distributor sells the program's product in territories and keeps a
/// margin on those sales, which the company gives up.
struct DistributionComponent: ComponentModel {
  let component: Component
  let program: Int
  let share: Double
  let margin: Input
  let channel: Int

  var programs: [Int] { [program] }
  var valuesCounterparty: Bool { true }

  func book(into state: inout PathState, as index: Int) {
    let rate = margin.value(state.row)
    for period in state.timeline.periods.indices where state.programs[program].sales[period] > 0 {
      let kept = state.programs[program].sales[period] * share * rate
      state.add(-kept, period: period, to: index, channel: channel)
      state.addCounterparty(kept, period: period, to: index, channel: channel)
    }
  }
}
