/// Explicit dated flows (a deal's `cash-flows`): each amount on its day,
/// or, when it waits for programmes' events, only on paths where its
/// condition holds, on the later of its day and the condition's.
struct ScheduleComponent: ComponentModel {
  let component: Component
  let flows: [(day: Double, amount: Input, condition: ConditionModel?)]
  let channel: Int

  /// The programmes whose events the flows wait for: the analytic rNPV
  /// weighs the flows over their decision trees.
  var programs: [Int] { Array(Set(flows.flatMap { $0.condition?.programs ?? [] })).sorted() }

  func book(into state: inout PathState, as index: Int) {
    for flow in flows {
      var day = flow.day
      if let condition = flow.condition {
        guard let happened = condition.day(in: state) else { continue }
        day = max(day, happened)
      }
      state.add(flow.amount.value(state.row), on: day, to: index, channel: channel)
    }
  }
}
