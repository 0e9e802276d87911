import RunwayModel

/// A recoverable advance's expected schedule by calendar year, as its notes
/// in the accounts read: what is drawn, what is repaid of the fixed part
/// and its interest, what is repaid on sales and licence income, and the
/// carrying amount at each year's end.
///
/// Expected means every outcome of the programmes weighted by its
/// probability, the inputs at base: the analytic rNPV's case. The
/// carrying amount is what is still to be repaid, discounted to the
/// year's end at the advance's own rates; on the valuation date it is the
/// advance's fair value as a liability.
public struct AdvanceSchedule: Codable, Hashable, Sendable {
  public struct Year: Codable, Hashable, Sendable {
    public var year: Int
    public var drawn: Double
    /// The fixed part's principal repaid.
    public var fixed: Double
    /// The interest on the fixed part.
    public var interest: Double
    /// Repaid as a royalty on sales, a share of licence income and its
    /// yearly minimum.
    public var royalty: Double
    public var carryingAmount: Double
  }

  /// What was drawn before the valuation date.
  public var drawnBefore: Double
  /// The carrying amount on the valuation date.
  public var opening: Double
  /// From the valuation date's year to the last with an entry.
  public var years: [Year]

  init(_ entries: [AdvanceEntry], discounting: Discounting, timeline: Timeline) {
    drawnBefore = entries.filter { $0.day < 0 }.reduce(0) { $0 + $1.amount }
    let repayments = entries.filter { $0.line != .drawn && $0.day >= 0 }
    /// Every repayment on or after day `t`, discounted to it.
    func carrying(at t: Double) -> Double {
      repayments.filter { $0.day >= t }.reduce(0) {
        $0 + $1.amount * discounting.factor($1.channel, day: $1.day)
          / discounting.factor($1.channel, day: t)
      }
    }
    opening = carrying(at: 0)
    func year(of day: Double) -> Int { Int(timeline.calendarYear(at: day).rounded(.down)) }
    let current = entries.filter { $0.day >= 0 }
    let first = timeline.valuationDate.components.year
    let last = current.map { year(of: $0.day) }.max() ?? first
    years = (first...max(first, last)).map { calendarYear in
      let within = current.filter { year(of: $0.day) == calendarYear }
      func total(_ line: AdvanceEntry.Line) -> Double {
        within.filter { $0.line == line }.reduce(0) { $0 + $1.amount }
      }
      let end = Day(year: calendarYear + 1, month: 1, day: 1).map {
        Double(timeline.valuationDate.days(to: $0))
      }
      return Year(
        year: calendarYear, drawn: total(.drawn), fixed: total(.fixed),
        interest: total(.interest), royalty: total(.royalty),
        carryingAmount: end.map(carrying) ?? 0)
    }
  }
}
