/// What happens to one program on one path: its phase dates, how far it
/// gets, what it spends in each period and, once approved, what it sells.
///
/// Reused from path to path (``reset()``) so that the simulation allocates
/// nothing per path. Noncopyable, as its numbers are (``FixedBuffer``):
/// the state keeps the programmes' paths in a buffer too, and lends each
/// in place (`state.programs[i]`).
///
/// Most paths stop within a few years, so it keeps the periods it spends
/// and sells in: readers loop over those, and a reset clears only them.
struct ProgramPath: ~Copyable {
  /// Start and end of each phase, in days after the valuation date.
  var start: FixedBuffer<Double>
  var end: FixedBuffer<Double>
  /// Phases that succeed, and phases that start (every phase up to the
  /// first failure).
  var passed = 0
  var started = 0
  /// Spending in each period (period-major, positive): each phase's, then
  /// all of them together, so that a reset clears the periods spent in
  /// with one fill.
  private var spending: FixedBuffer<Double>
  /// Net sales in each period, all territories (zero outside
  /// ``salesPeriods``).
  private(set) var sales: FixedBuffer<Double>
  /// The first period with spending or sales, and the one after the last
  /// (`Int.max` and 0 while there is none).
  private var firstSpending = Int.max
  private var endOfSpending = 0
  private var firstSale = Int.max
  private var endOfSales = 0
  /// The sales curve, when the programme sells (``isSelling``): kept from
  /// path to path with its storage, and restarted in place.
  var curve = SalesCurve()
  /// Whether the programme sells on the path: approved, with a market.
  var isSelling = false
  /// 1 − COGS − operating costs: the share of sales left as margin.
  var marginShare = 0.0
  let phaseCount: Int

  /// A path of `phases` phases on a grid of `periods` periods, nothing
  /// spent or sold.
  init(phases: Int, periods: Int) {
    phaseCount = phases
    start = FixedBuffer(repeating: 0, count: phases)
    end = FixedBuffer(repeating: 0, count: phases)
    spending = FixedBuffer(repeating: 0, count: (phases + 1) * periods)
    sales = FixedBuffer(repeating: 0, count: periods)
  }

  /// The periods that have spending (costs are zero outside them).
  var spendingPeriods: Range<Int> { Self.range(firstSpending, endOfSpending) }
  /// The periods that have sales (sales are zero outside them).
  var salesPeriods: Range<Int> { Self.range(firstSale, endOfSales) }
  /// The periods with spending or sales: every flow of the program lies in them.
  var activePeriods: Range<Int> {
    Self.range(min(firstSpending, firstSale), max(endOfSpending, endOfSales))
  }

  /// A phase's spending as its walk over the periods adds it, in place.
  struct PhaseSpending {
    fileprivate let spending: UnsafeMutableBufferPointer<Double>
    fileprivate let phase: Int
    /// Phases and their total: a period's share of ``spending``.
    fileprivate let stride: Int
    fileprivate let periods: Int

    /// Adds `amount` to the phase's spending in `period`, and to the total.
    @inline(__always)
    func add(_ amount: Double, in period: Int) {
      precondition(UInt(bitPattern: period) < UInt(periods), "a period out of range")
      spending[period * stride + phase] += amount
      spending[period * stride + stride - 1] += amount
    }
  }

  /// Adds spending of `phase` in `period`.
  @inline(__always)
  mutating func spend(_ amount: Double, phase: Int, period: Int) {
    spend(phase: phase) { spending in
      spending.add(amount, in: period)
      return period..<period + 1
    }
  }

  /// Adds a phase's spending in place: `body` adds each period's amount
  /// and returns the periods it added to, which the next reset clears (it
  /// clears no other).
  @inline(__always)
  mutating func spend(phase: Int, _ body: (_ spending: PhaseSpending) -> Range<Int>) {
    precondition(UInt(bitPattern: phase) < UInt(phaseCount), "a phase out of range")
    let (stride, periods) = (phaseCount + 1, sales.count)
    let spent = spending.withUnsafeMutableBufferPointer {
      body(PhaseSpending(spending: $0, phase: phase, stride: stride, periods: periods))
    }
    guard !spent.isEmpty else { return }
    firstSpending = min(firstSpending, spent.lowerBound)
    endOfSpending = max(endOfSpending, spent.upperBound)
  }

  /// Sets the sales of `period`.
  @inline(__always)
  mutating func sell(_ amount: Double, in period: Int) {
    sales[period] = amount
    firstSale = min(firstSale, period)
    endOfSales = max(endOfSales, period + 1)
  }

  /// Clears what the path spent and sold, for the next path.
  mutating func reset() {
    let (spent, sold) = (spendingPeriods, salesPeriods)
    let stride = phaseCount + 1
    spending.fill(spent.lowerBound * stride..<spent.upperBound * stride, with: 0)
    sales.fill(sold, with: 0)
    (firstSpending, endOfSpending, firstSale, endOfSales) = (.max, 0, .max, 0)
    isSelling = false
    marginShare = 0
  }

  /// Whether every phase succeeded.
  var isApproved: Bool { passed == phaseCount }

  /// Sales between calendar years `a` and `b` along the curve.
  ///
  /// Mutating, though it changes nothing, so that the curve is read in
  /// place: lent for reading, the path's curve was copied, its steps
  /// retained, on every call.
  mutating func curveSales(from a: Double, to b: Double) -> Double {
    curve.sales(from: a, to: b)
  }

  /// The day of the first sale, when the programme sells on the path.
  var launchDay: Double? { isSelling ? curve.launchDay : nil }

  /// Calls `body` with the active periods and the net flow of each.
  ///
  /// A period's net flow is its sales × `share` × the margin share, less
  /// every phase's cost; the sales and costs are read in place, their
  /// ranges checked once, so `flow` is only for the periods passed with it.
  @inline(__always)
  func withNetFlows<Result>(
    share: Double, _ body: (_ periods: Range<Int>, _ flow: (Int) -> Double) -> Result
  ) -> Result {
    let active = activePeriods
    precondition(
      active.lowerBound >= 0 && active.upperBound <= sales.count, "active periods within the grid")
    let (phases, margin) = (phaseCount, marginShare)
    return sales.withUnsafeBufferPointer(0..<sales.count) { sales in
      spending.withUnsafeBufferPointer(0..<spending.count) { spending in
        body(active) { period in
          sales[period] * share * margin
            - spending[Self.totalIndex(period: period, phases: phases)]
        }
      }
    }
  }

  /// Spending of all phases in `period`.
  func totalCost(in period: Int) -> Double {
    spending[Self.totalIndex(period: period, phases: phaseCount)]
  }

  /// Where the spending of all `phases` in `period` is, in ``spending``.
  @inline(__always)
  private static func totalIndex(period: Int, phases: Int) -> Int {
    period * (phases + 1) + phases
  }

  /// Spending of `phases` (all when `nil`) in `period`.
  func cost(in period: Int, phases: [Int]?) -> Double {
    guard let phases else { return totalCost(in: period) }
    return phases.reduce(0) { $0 + spending[period * (phaseCount + 1) + $1] }
  }

  /// `first..<end`, empty when nothing was written (`first` is then `Int.max`).
  private static func range(_ first: Int, _ end: Int) -> Range<Int> {
    first < end ? first..<end : 0..<0
  }
}
