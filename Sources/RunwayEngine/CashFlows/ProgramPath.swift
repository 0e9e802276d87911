/// What happens to one program on one path: its phase dates, how far it
/// gets, what it spends in each period and, once approved, what it sells.
///
/// Reused from path to path (``reset(phases:periods:)``) so that the
/// simulation allocates nothing per path. Components read it in place
/// (`state.programs[i].sales[period]`) rather than binding a copy, which
/// would retain each of its arrays on every path.
struct ProgramPath: Sendable {
  /// Start and end of each phase, in days after the valuation date.
  var start: [Double] = []
  var end: [Double] = []
  /// Phases that succeed, and phases that start (every phase up to the
  /// first failure).
  var passed = 0
  var started = 0
  /// Spending of each phase in each period (phase-major), positive.
  var costs: [Double] = []
  /// Spending of all phases in each period.
  var totalCosts: [Double] = []
  /// Net sales in each period, all territories.
  var sales: [Double] = []
  /// The sales curve, once approved with a market.
  var curve: SalesCurve?
  /// 1 − COGS − operating costs: the share of sales left as margin.
  var marginShare = 0.0
  private var periods = 0

  /// Adds spending of `phase` in `period`.
  mutating func spend(_ amount: Double, phase: Int, period: Int) {
    costs[phase * periods + period] += amount
    totalCosts[period] += amount
  }

  mutating func reset(phases: Int, periods: Int) {
    if start.count != phases || self.periods != periods {
      start = Array(repeating: 0, count: phases)
      end = start
      costs = Array(repeating: 0, count: phases * periods)
      totalCosts = Array(repeating: 0, count: periods)
      sales = totalCosts
      self.periods = periods
    } else {
      for index in costs.indices { costs[index] = 0 }
      for index in sales.indices {
        sales[index] = 0
        totalCosts[index] = 0
      }
    }
    curve = nil
    marginShare = 0
  }

  /// Whether every phase succeeded.
  var isApproved: Bool { passed == start.count }

  /// Spending of `phases` (all when `nil`) in `period`.
  func cost(in period: Int, phases: [Int]?) -> Double {
    guard let phases else { return totalCosts[period] }
    return phases.reduce(0) { $0 + costs[$1 * periods + period] }
  }
}
