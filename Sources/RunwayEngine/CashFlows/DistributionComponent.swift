/// A distributor sells the program's product in territories and keeps a
/// margin on those sales, which the company gives up; it may take over
/// operating costs the company would otherwise bear, which the company
/// then saves (and the distributor bears).
struct DistributionComponent: ComponentModel {
  let component: Component
  let program: Int
  let share: Double
  let margin: Input
  let takesOver: Input?
  let channel: Int

  var programs: [Int] { [program] }
  var valuesCounterparty: Bool { true }

  func book(into state: inout PathState, as index: Int) {
    let rate = margin.value(state.row)
    let saved = takesOver?.value(state.row) ?? 0
    for period in state.programs[program].salesPeriods
    where state.programs[program].sales[period] > 0 {
      let sales = state.programs[program].sales[period] * share
      state.add((saved - rate) * sales, period: period, to: index, channel: channel)
      state.addCounterparty((rate - saved) * sales, period: period, to: index, channel: channel)
    }
  }
}
