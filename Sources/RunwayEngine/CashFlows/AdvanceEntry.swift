/// A line of a recoverable advance's schedule, noted while a deterministic
/// case is recorded: what was drawn, or repaid of the fixed part, of its
/// interest, or on sales and licence income.
struct AdvanceEntry: Sendable {
  enum Line: Sendable {
    case drawn
    case fixed
    case interest
    case royalty
  }

  let component: Int
  let line: Line
  /// Days after the valuation date (negative for what was drawn before).
  let day: Double
  /// What was drawn or repaid, positive.
  let amount: Double
  /// The discount channel a repayment is valued in.
  let channel: Int

  /// The same entry times `weight` (an outcome's probability).
  func weighted(_ weight: Double) -> AdvanceEntry {
    AdvanceEntry(
      component: component, line: line, day: day, amount: weight * amount, channel: channel)
  }
}
