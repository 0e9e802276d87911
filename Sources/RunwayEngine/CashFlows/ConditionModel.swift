/// A ``RunwayModel/FlowCondition`` compiled: its events with their
/// deadlines (days after the valuation date), and the day the condition
/// holds on a path.
struct ConditionModel: Sendable {
  /// Whether every event must happen (then the last one's day counts) or
  /// any one (the first one's).
  let needsAll: Bool
  let events: [(event: EventModel, by: Double?)]

  /// The programmes whose outcomes decide the condition.
  var programs: [Int] { Array(Set(events.map(\.event.program))).sorted() }

  /// The day the condition holds on the path, or `nil` when it does not.
  func day(in state: borrowing PathState) -> Double? {
    var result: Double?
    for (event, by) in events {
      var day = event.day(in: state)
      if let happened = day, let by, happened > by { day = nil }
      guard let day else {
        if needsAll { return nil }
        continue
      }
      result = result.map { needsAll ? max($0, day) : min($0, day) } ?? day
    }
    return result
  }
}
