/// What happens to one program on one path: its phase dates, how far it
/// gets, what it spends in each period and, once approved, what it sells.
///
/// Reused from path to path (``reset(phases:periods:)``) so that the
/// simulation allocates nothing per path.
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
  /// Net sales in each period, all territories.
  var sales: [Double] = []
  /// The sales curve, once approved with a market.
  var curve: SalesCurve?
  /// 1 − COGS − operating costs: the share of sales left as margin.
  var marginShare = 0.0
  private var periods = 0

  mutating func reset(phases: Int, periods: Int) {
    if start.count != phases || self.periods != periods {
      start = Array(repeating: 0, count: phases)
      end = start
      costs = Array(repeating: 0, count: phases * periods)
      sales = Array(repeating: 0, count: periods)
      self.periods = periods
    } else {
      for index in costs.indices { costs[index] = 0 }
      for index in sales.indices { sales[index] = 0 }
    }
    curve = nil
    marginShare = 0
  }

  /// Whether every phase succeeded.
  var isApproved: Bool { passed == start.count }

  /// Spending of `phases` (all when `nil`) in `period`.
  func cost(in period: Int, phases: [Int]?) -> Double {
    if let phases {
      return phases.reduce(0) { $0 + costs[$1 * periods + period] }
    }
    var total = 0.0
    for phase in 0..<start.count { total += costs[phase * periods + period] }
    return total
  }
}
