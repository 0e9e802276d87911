/// What a flow waits for: one programme's event, all of several (paid on
/// the last one's day) or any of several (on the first one's).
public enum FlowCondition: Hashable, Sendable {
  case event(ContingentEvent)
  case all([ContingentEvent])
  case any([ContingentEvent])

  /// The events, in the order written.
  public var events: [ContingentEvent] {
    switch self {
    case .event(let event): [event]
    case .all(let events), .any(let events): events
    }
  }
}
