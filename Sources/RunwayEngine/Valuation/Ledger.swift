/// What one path (or one deterministic case) produces: the present value
/// of each component from the company's side and, where modelled, from the
/// counterparty's; the fair value of each recoverable advance as a
/// liability; and the undiscounted flows of each component per period.
///
/// Noncopyable, as its numbers are (``FixedBuffer``): one ledger serves a
/// worker's paths.
struct Ledger: ~Copyable {
  /// A flow on a day, kept in the deterministic cases for XIRR and the
  /// audit workbook, with the discount channel that values it.
  struct DatedFlow: Hashable, Sendable {
    let component: Int
    let day: Double
    let amount: Double
    let channel: Int
  }

  /// The numbers kept for each component, in their order in ``numbers``.
  enum Kind: Int {
    /// The present value, the company's side.
    case value
    /// The present value, the counterparty's side, where modelled.
    case counterparty
    /// The fair value of a recoverable advance as a liability.
    case liability
    /// The present value of what is owed on sums received before the
    /// valuation date (positive when owed): a liability already
    /// outstanding, apart from the component's value.
    case owed
  }

  let periods: Int
  let components: Int
  /// A number of each ``Kind`` per component, kind by kind, then the flows,
  /// component-major (`component * periods + period`).
  private var numbers: FixedBuffer<Double>
  /// Where the flows start in ``numbers``.
  private var flowsStart: Int { 4 * components }
  /// Every flow of the company's side with its day, when recording.
  var dated: [DatedFlow]?
  /// When recording, the present value of each component's payments by
  /// type: `byType[component * PaymentType.allCases.count + type.index]`.
  var byType: [Double]?
  /// When recording, each advance's schedule (``AdvanceEntry``).
  var advanceEntries: [AdvanceEntry]?

  init(components: Int, periods: Int, recording: Bool = false) {
    self.periods = periods
    self.components = components
    numbers = FixedBuffer(repeating: 0, count: components * (4 + periods))
    dated = recording ? [] : nil
    byType = recording ? Array(repeating: 0, count: components * PaymentType.allCases.count) : nil
    advanceEntries = recording ? [] : nil
  }

  /// The number of `kind` of `component`.
  subscript(kind: Kind, component: Int) -> Double { numbers[index(kind, component)] }

  /// The flow of `component` in `period`.
  func flow(of component: Int, in period: Int) -> Double {
    numbers[flowIndex(component, period)]
  }

  /// Adds `amount` to the flow of `component` in `period`.
  @inline(__always)
  mutating func addFlow(_ amount: Double, of component: Int, in period: Int) {
    numbers[flowIndex(component, period)] += amount
  }

  /// Adds `present` to the number of `kind` of `component`.
  @inline(__always)
  mutating func add(_ present: Double, to kind: Kind, of component: Int) {
    numbers[index(kind, component)] += present
  }

  /// Adds `flow(period)` of each period of `periods` to `component`'s
  /// flows and, discounted in `channel`, to its value, as
  /// ``addFlow(_:of:in:)`` and ``add(_:to:of:)`` would one period at a
  /// time, in the same order (a zero flow adds nothing), and notes each on
  /// its day when recording; the ranges are checked once, not on every
  /// period.
  @inline(__always)
  mutating func bookFlows(
    of component: Int, in periods: Range<Int>, channel: Int,
    discounting: borrowing Discounting, _ flow: (Int) -> Double
  ) {
    guard !periods.isEmpty else { return }
    precondition(
      periods.lowerBound >= 0 && periods.upperBound <= self.periods, "a period out of range")
    let (value, row) = (index(.value, component), flowIndex(component, 0))
    discounting.withFactors(of: channel) { factors, days in
      precondition(factors.count == self.periods, "a factor for each period")
      numbers.withUnsafeMutableBufferPointer { numbers in
        var present = numbers[value]
        for period in periods {
          let amount = flow(period)
          guard amount != 0 else { continue }
          numbers[row + period] += amount
          present += amount * factors[period]
        }
        numbers[value] = present
      }
      guard dated != nil else { return }
      for period in periods {
        let amount = flow(period)
        guard amount != 0 else { continue }
        dated?.append(
          DatedFlow(component: component, day: days[period], amount: amount, channel: channel))
      }
    }
  }

  /// Notes `present`, booked to `component`, as a payment of `type` (when
  /// recording).
  @inline(__always)
  mutating func note(_ present: Double, as type: PaymentType, of component: Int) {
    guard byType != nil else { return }
    byType?[component * PaymentType.allCases.count + type.index] += present
  }

  mutating func reset() {
    // Two fills, each short of the 2 KiB from which glibc's memset turns
    // to `rep stosb` at this workload's size, which callgrind counts as an
    // instruction a byte.
    numbers.fill(0..<flowsStart, with: 0)
    numbers.fill(flowsStart..<numbers.count, with: 0)
    if dated != nil { dated = [] }
    if advanceEntries != nil { advanceEntries = [] }
    if let count = byType?.count { byType = Array(repeating: 0, count: count) }
  }

  /// What is owed on history, over all components.
  var totalOwed: Double { (0..<components).reduce(0) { $0 + self[.owed, $1] } }

  /// The total flow of each period over all components, into `totals`.
  ///
  /// Component by component over contiguous rows, each period's sum taken
  /// in component order: a strided walk per period cost more than the sums.
  func totalFlows(into totals: inout FixedBuffer<Double>) {
    precondition(totals.count == periods, "a total for each period")
    let (periods, components) = (periods, components)
    numbers.withUnsafeBufferPointer(flowsStart..<numbers.count) { flows in
      totals.withUnsafeMutableBufferPointer { totals in
        for period in 0..<periods { totals[period] = 0 }
        for component in 0..<components {
          let row = flows.extracting(component * periods..<(component + 1) * periods)
          for period in 0..<periods { totals[period] += row[period] }
        }
      }
    }
  }

  /// Adds every flow to `sums` (component-major, as the flows are).
  func addFlows(to sums: inout FixedBuffer<Double>) {
    precondition(sums.count == components * periods, "a sum for each flow")
    numbers.withUnsafeBufferPointer(flowsStart..<numbers.count) { flows in
      sums.withUnsafeMutableBufferPointer { sums in
        for index in flows.indices { sums[index] += flows[index] }
      }
    }
  }

  /// The index in ``numbers`` of `component`'s number of `kind`.
  @inline(__always)
  private func index(_ kind: Kind, _ component: Int) -> Int {
    precondition(UInt(bitPattern: component) < UInt(components), "a component out of range")
    return kind.rawValue * components + component
  }

  /// The index in ``numbers`` of the flow of `component` in `period`.
  @inline(__always)
  private func flowIndex(_ component: Int, _ period: Int) -> Int {
    precondition(UInt(bitPattern: component) < UInt(components), "a component out of range")
    precondition(UInt(bitPattern: period) < UInt(periods), "a period out of range")
    return flowsStart + component * periods + period
  }
}
