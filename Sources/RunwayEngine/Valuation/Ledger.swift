/// What one path (or one deterministic case) produces: the present value
/// of each component from the company's side and, where modelled, from the
/// counterparty's; the fair value of each recoverable advance as a
/// liability; and the undiscounted flows of each component per period.
struct Ledger: Sendable {
  /// A flow on a day, kept in the deterministic cases for XIRR and the
  /// audit workbook, with the discount channel that values it.
  struct DatedFlow: Hashable, Sendable {
    let component: Int
    let day: Double
    let amount: Double
    let channel: Int
  }

  let periods: Int
  var value: [Double]
  var counterparty: [Double]
  var liability: [Double]
  /// The present value of what is owed on sums received before the
  /// valuation date (positive when owed): a liability already outstanding,
  /// apart from the component's value.
  var owed: [Double]
  /// Component-major: `flows[component * periods + period]`.
  var flows: [Double]
  /// Every flow of the company's side with its day, when recording.
  var dated: [DatedFlow]?
  /// When recording, the present value of each component's payments by
  /// type: `byType[component * PaymentType.allCases.count + type.index]`.
  var byType: [Double]?
  /// When recording, each advance's schedule (``AdvanceEntry``).
  var advanceEntries: [AdvanceEntry]?

  init(components: Int, periods: Int, recording: Bool = false) {
    self.periods = periods
    value = Array(repeating: 0, count: components)
    counterparty = value
    liability = value
    owed = value
    flows = Array(repeating: 0, count: components * periods)
    dated = recording ? [] : nil
    byType = recording ? Array(repeating: 0, count: components * PaymentType.allCases.count) : nil
    advanceEntries = recording ? [] : nil
  }

  /// Notes `present`, booked to `component`, as a payment of `type` (when
  /// recording).
  @inline(__always)
  mutating func note(_ present: Double, as type: PaymentType, of component: Int) {
    guard byType != nil else { return }
    byType?[component * PaymentType.allCases.count + type.index] += present
  }

  mutating func reset() {
    for index in value.indices {
      value[index] = 0
      counterparty[index] = 0
      liability[index] = 0
      owed[index] = 0
    }
    for index in flows.indices { flows[index] = 0 }
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
    let periods = periods
    for period in 0..<periods { totals[period] = 0 }
    flows.withUnsafeBufferPointer { flows in
      totals.withUnsafeMutableBufferPointer { totals in
        for component in 0..<value.count {
          let row = flows.extracting(component * periods..<(component + 1) * periods)
          for period in 0..<periods { totals[period] += row[period] }
        }
      }
    }
  }
}
