/// Explicit dated flows (a deal's `cash-flows`): each amount on its day,
/// or, when it waits for a programme's event, only on paths where the
/// event happens, on the later of its day and the event's.
struct ScheduleComponent: ComponentModel {
  let component: Component
  let flows: [(day: Double, amount: Input, event: EventModel?)]
  let channel: Int

  /// The programmes whose events the flows wait for: the analytic rNPV
  /// weighs the flows over their decision trees.
  var programs: [Int] { Array(Set(flows.compactMap { $0.event?.program })).sorted() }

  func book(into state: inout PathState, as index: Int) {
    for flow in flows {
      var day = flow.day
      if let event = flow.event {
        guard let happened = event.day(in: state) else { continue }
        day = max(day, happened)
      }
      state.add(flow.amount.value(state.row), on: day, to: index, channel: channel)
    }
  }
}
