import Testing

@testable import RunwayEngine

/// A programme's path reused from path to path, against sums by hand:
/// what one path spent and sold is gone after the reset, and each phase's
/// spending adds to the period's total.
struct ProgramPathTests {
  @Test func aResetLeavesNothingOfThePathBefore() {
    var path = ProgramPath(phases: 2, periods: 6)
    path.spend(phase: 0) { spending in
      spending.add(5, in: 2)
      spending.add(7, in: 3)
      return 2..<4
    }
    path.spend(1, phase: 1, period: 3)
    for period in 3..<5 { path.sell(100, in: period) }
    #expect(path.totalCost(in: 3) == 8)
    #expect(path.cost(in: 3, phases: [1]) == 1)
    #expect(path.activePeriods == 2..<5)

    path.reset()
    path.spend(4, phase: 1, period: 0)
    #expect((0..<6).map { path.totalCost(in: $0) } == [4, 0, 0, 0, 0, 0])
    #expect(path.cost(in: 0, phases: [0]) == 0)
    #expect(path.cost(in: 0, phases: [1]) == 4)
    #expect((0..<6).map { path.sales[$0] } == [0, 0, 0, 0, 0, 0])
    #expect(path.salesPeriods.isEmpty)
    #expect(path.activePeriods == 0..<1)
  }
}
