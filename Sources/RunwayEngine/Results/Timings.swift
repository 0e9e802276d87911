/// How long each part of a valuation took (`runway run --timing`).
///
/// The engine's own time, apart from reading the file and writing the
/// report; never in the result, which stays the same to the bit run after
/// run.
public struct Timings: Sendable {
  public struct Part: Sendable {
    public let name: String
    public let seconds: Double
  }

  public private(set) var parts: [Part] = []
  private var last = ContinuousClock.now

  /// Ends the part `name`, which began when the one before it ended.
  mutating func end(_ name: String) {
    let now = ContinuousClock.now
    let elapsed = (now - last).components
    parts.append(
      Part(
        name: name,
        seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18))
    last = now
  }
}
