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

  let periods: Int
  private let components: Int
  /// `value`, `counterparty`, `liability` and `owed` (a number per
  /// component each), then `flows`.
  private var numbers: FixedBuffer<Double>

  var value: UnsafeBufferPointer<Double> { view(0) }
  var counterparty: UnsafeBufferPointer<Double> { view(1) }
  var liability: UnsafeBufferPointer<Double> { view(2) }
  /// The present value of what is owed on sums received before the
  /// valuation date (positive when owed): a liability already outstanding,
  /// apart from the component's value.
  var owed: UnsafeBufferPointer<Double> { view(3) }
  /// Component-major: `flows[component * periods + period]`.
  var flows: UnsafeBufferPointer<Double> { numbers.view(4 * components..<numbers.count) }
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

  /// Adds `amount` to the flow of `component` in `period`.
  @inline(__always)
  mutating func addFlow(_ amount: Double, of component: Int, in period: Int) {
    numbers[4 * components + component * periods + period] += amount
  }

  /// Adds `present` to the value of `component`.
  @inline(__always)
  mutating func addValue(_ present: Double, of component: Int) {
    numbers[component] += present
  }

  /// Adds `present` to the counterparty's value of `component`.
  @inline(__always)
  mutating func addCounterparty(_ present: Double, of component: Int) {
    numbers[components + component] += present
  }

  /// Adds `present` to the liability of `component`.
  @inline(__always)
  mutating func addLiability(_ present: Double, of component: Int) {
    numbers[2 * components + component] += present
  }

  /// Adds `present` to what `component` owes on history.
  @inline(__always)
  mutating func addOwed(_ present: Double, of component: Int) {
    numbers[3 * components + component] += present
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
    // to `rep stosb`, which callgrind counts as an instruction a byte.
    numbers.fill(0..<4 * components, with: 0)
    numbers.fill(4 * components..<numbers.count, with: 0)
    if dated != nil { dated = [] }
    if advanceEntries != nil { advanceEntries = [] }
    if let count = byType?.count { byType = Array(repeating: 0, count: count) }
  }

  /// What is owed on history, over all components.
  var totalOwed: Double { owed.reduce(0, +) }

  /// The total flow of each period over all components, into `totals`.
  ///
  /// Component by component over contiguous rows, each period's sum taken
  /// in component order: a strided walk per period cost more than the sums.
  func totalFlows(into totals: inout [Double]) {
    let (periods, flows) = (periods, flows)
    totals.withUnsafeMutableBufferPointer { totals in
      for period in 0..<periods { totals[period] = 0 }
      for component in 0..<components {
        let row = flows.extracting(component * periods..<(component + 1) * periods)
        for period in 0..<periods { totals[period] += row[period] }
      }
    }
  }

  /// The numbers of one kind, a number per component.
  private func view(_ kind: Int) -> UnsafeBufferPointer<Double> {
    numbers.view(kind * components..<(kind + 1) * components)
  }
}
