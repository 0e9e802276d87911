import RunwayModel
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

  /// A run of periods booked at once gives, to the bit, what booking its
  /// flows one by one gives: each flow to its period, each discounted at
  /// 10 % a year (factors that round) and added to the value in period
  /// order, a zero skipped, and, when recording, each non-zero flow dated
  /// on its period's flow day.
  @Test func flowsBookedAtOnceAreTheFlowsBookedOneByOne() throws {
    let timeline = try TimelineTests.timeline(.year)
    let discounting = Discounting(
      rates: [Input(slot: 0, fxSlot: nil)], timeline: timeline, uncertainSlots: [], base: [0.1])
    let periods = timeline.periods.count
    let flows = (0..<periods).map { period -> Double in
      period % 4 == 2 ? 0 : 1e6 / 3 * Double(period - 5)
    }
    let run = 1..<periods - 1
    var atOnce = Ledger(components: 2, periods: periods, recording: true)
    atOnce.add(0.1, to: .value, of: 1)
    atOnce.bookFlows(of: 1, in: run, channel: 0, discounting: discounting) { flows[$0] }
    var oneByOne = Ledger(components: 2, periods: periods, recording: true)
    oneByOne.add(0.1, to: .value, of: 1)
    for period in run where flows[period] != 0 {
      oneByOne.addFlow(flows[period], of: 1, in: period)
      oneByOne.add(flows[period] * discounting.factor(0, period: period), to: .value, of: 1)
      oneByOne.dated?.append(
        Ledger.DatedFlow(
          component: 1, day: timeline.periods[period].flowDay, amount: flows[period], channel: 0))
    }
    #expect(atOnce[.value, 1].bitPattern == oneByOne[.value, 1].bitPattern)
    #expect(atOnce[.value, 1] != 0.1)
    #expect(atOnce[.value, 0] == 0)
    #expect(
      (0..<periods).map { atOnce.flow(of: 1, in: $0) }
        == (0..<periods).map { oneByOne.flow(of: 1, in: $0) })
    #expect(atOnce.flow(of: 1, in: 0) == 0 && atOnce.flow(of: 1, in: 1) == flows[1])
    #expect(atOnce.dated == oneByOne.dated)
    #expect(atOnce.dated?.count == run.filter { flows[$0] != 0 }.count)
  }
}
