import Testing

@testable import RunwayEngine

/// The ledger's one buffer, against sums by hand: each kind of number is
/// kept apart from the others, and a reset clears every one of them, as
/// the next path on the same ledger needs.
struct LedgerTests {
  /// Three components, four periods; what is written before the reset
  /// must not survive it.
  @Test func eachNumberKeepsToItsPlaceAndAResetClearsThemAll() {
    var ledger = Ledger(components: 3, periods: 4)
    for component in 0..<3 {
      ledger.add(99, to: .value, of: component)
      ledger.add(99, to: .counterparty, of: component)
      ledger.add(99, to: .liability, of: component)
      ledger.add(99, to: .owed, of: component)
      for period in 0..<4 { ledger.addFlow(99, of: component, in: period) }
    }
    ledger.reset()
    ledger.add(1, to: .value, of: 0)
    ledger.add(2, to: .value, of: 0)
    ledger.add(5, to: .counterparty, of: 1)
    ledger.add(-7, to: .liability, of: 2)
    ledger.add(11, to: .owed, of: 1)
    ledger.add(13, to: .owed, of: 2)
    ledger.addFlow(10, of: 0, in: 0)
    ledger.addFlow(20, of: 1, in: 0)
    ledger.addFlow(-4, of: 2, in: 3)
    ledger.addFlow(6, of: 2, in: 3)

    let components = 0..<3
    #expect(components.map { ledger[.value, $0] } == [3, 0, 0])
    #expect(components.map { ledger[.counterparty, $0] } == [0, 5, 0])
    #expect(components.map { ledger[.liability, $0] } == [0, 0, -7])
    #expect(components.map { ledger[.owed, $0] } == [0, 11, 13])
    #expect(ledger.totalOwed == 24)
    #expect(
      components.map { c in (0..<4).map { ledger.flow(of: c, in: $0) } } == [
        [10, 0, 0, 0], [20, 0, 0, 0], [0, 0, 0, 2],
      ])
    // Added to running sums, component-major, as a block's tally adds them.
    var sums = FixedBuffer(repeating: 1.0, count: 12)
    ledger.addFlows(to: &sums)
    #expect(sums.array == [11, 1, 1, 1, 21, 1, 1, 1, 1, 1, 1, 3])
    var totals = FixedBuffer(repeating: -1.0, count: 4)
    ledger.totalFlows(into: &totals)
    #expect(totals.array == [30, 0, 0, 2])
  }

  /// A run of periods booked at once: each flow to its period, its
  /// discounted sum to the value, a zero skipped, and, when recording,
  /// each non-zero flow dated, as booking them one at a time does.
  @Test func flowsBookedAtOnceAreTheFlowsBookedOneByOne() {
    let factors = [1, 0.5, 0.25, 0.125]
    let days = [0.0, 365, 730, 1_095]
    let flows = [7.0, 10, 0, -4]
    var ledger = Ledger(components: 2, periods: 4, recording: true)
    ledger.add(1, to: .value, of: 1)
    factors.withUnsafeBufferPointer { factors in
      days.withUnsafeBufferPointer { days in
        ledger.bookFlows(
          of: 1, in: 1..<4, channel: 2, discountedBy: factors, days: days
        ) { flows[$0] }
      }
    }
    // 1 + 10 × 0.5 − 4 × 0.125.
    #expect(ledger[.value, 1] == 5.5)
    #expect(ledger[.value, 0] == 0)
    #expect((0..<4).map { ledger.flow(of: 1, in: $0) } == [0, 10, 0, -4])
    #expect(
      ledger.dated == [
        Ledger.DatedFlow(component: 1, day: 365, amount: 10, channel: 2),
        Ledger.DatedFlow(component: 1, day: 1_095, amount: -4, channel: 2),
      ])
  }
}
