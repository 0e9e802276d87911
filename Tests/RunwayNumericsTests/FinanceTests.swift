import Testing

@testable import RunwayNumerics

/// Spreadsheet semantics, checked on the examples published with the
/// spreadsheet functions and with numpy-financial.
struct FinanceTests {
  /// Day offsets of Microsoft's XNPV/XIRR example from 2008-01-01, by hand:
  /// 2008-03-01 is 31 + 29 = 60 days on (2008 is a leap year), 2008-10-30
  /// is 274 + 29 = 303, 2009-02-15 is 366 + 45 = 411, 2009-04-01 is
  /// 366 + 90 = 456.
  static let exampleDays = [0, 60, 303, 411, 456]
  static let exampleValues: [Double] = [-10_000, 2_750, 4_250, 3_250, 2_750]

  @Test func npvMatchesMicrosoftsExamples() {
    // NPV function, example 1: NPV(10 %, −10,000, 3,000, 4,200, 6,800) = 1,188.44.
    #expect(
      isClose(
        PresentValue.npv(rate: 0.1, values: [-10_000, 3_000, 4_200, 6_800]), 1_188.44, relative: 0,
        absolute: 0.005))
    // Example 2: NPV(8 %, 8,000 … 14,500) + (−40,000) = 1,922.06, and with
    // −9,000 in year 6, −3,749.47.
    let income: [Double] = [8_000, 9_200, 10_000, 12_000, 14_500]
    #expect(
      isClose(
        PresentValue.npv(rate: 0.08, values: income) - 40_000, 1_922.06, relative: 0,
        absolute: 0.005))
    #expect(
      isClose(
        PresentValue.npv(rate: 0.08, values: income + [-9_000]) - 40_000, -3_749.47, relative: 0,
        absolute: 0.005))
  }

  @Test func npvMatchesNumpyFinancial() {
    // numpy-financial test_npv: npv(0.05, [−15000, 1500, 2500, 3500, 4500,
    // 6000]) = 122.894854950942692161628715 (its Decimal test), where the
    // first value is not discounted.
    let values: [Double] = [-15_000, 1_500, 2_500, 3_500, 4_500, 6_000]
    let npv = values[0] + PresentValue.npv(rate: 0.05, values: values.dropFirst())
    #expect(isClose(npv, 122.894854950942692161628715, relative: 1e-12))
  }

  @Test func xnpvMatchesMicrosoftsExample() {
    // XNPV(9 %, …) = 2,086.65 in Microsoft's documentation.
    let xnpv = PresentValue.xnpv(rate: 0.09, values: Self.exampleValues, days: Self.exampleDays)
    #expect(isClose(xnpv, 2_086.65, relative: 0, absolute: 0.005))
  }

  @Test func xirrMatchesMicrosoftsExample() throws {
    // XIRR = 0.373362535 in Microsoft's documentation (Excel stops at 1e-6
    // of its own tolerance, so nine digits are what it promises).
    let irr = InternalRateOfReturn(values: Self.exampleValues, days: Self.exampleDays)
    let rate = try #require(irr.rate)
    #expect(abs(rate - 0.373362535) < 1e-8)
    #expect(irr.roots.count == 1)
    #expect(
      abs(PresentValue.xnpv(rate: rate, values: Self.exampleValues, days: Self.exampleDays)) < 1e-8)
  }

  @Test func irrMatchesMicrosoftsExamples() throws {
    // IRR function: −70,000 then 12,000, 15,000, 18,000, 21,000: −2.1 %;
    // with 26,000 more: 8.7 %; the first three flows with guess −10 %: −44.4 %.
    let flows: [Double] = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]
    let fourYears = try #require(InternalRateOfReturn(values: Array(flows.prefix(5))).rate)
    #expect(abs(fourYears - -0.021) < 0.0005)
    let fiveYears = try #require(InternalRateOfReturn(values: flows).rate)
    #expect(abs(fiveYears - 0.087) < 0.0005)
    let twoYears = try #require(
      InternalRateOfReturn(values: Array(flows.prefix(3)), guess: -0.1).rate)
    #expect(abs(twoYears - -0.444) < 0.0005)
    // Each rate zeroes the NPV of its flows.
    for (count, rate) in [(5, fourYears), (6, fiveYears), (3, twoYears)] {
      let npv = flows[0] + PresentValue.npv(rate: rate, values: flows[1..<count])
      #expect(abs(npv) < 1e-9, "NPV at \(rate) of the first \(count) flows is \(npv)")
    }
  }

  /// numpy-financial 1.0.0, `test_irr`, each with its expected value.
  static let numpyFinancialIRR: [([Double], Double)] = [
    ([-150_000, 15_000, 25_000, 35_000, 45_000, 60_000], 0.0524),
    ([-100, 0, 0, 74], -0.0955),
    ([-100, 39, 59, 55, 20], 0.28095),
    ([-100, 100, 0, -7], -0.0833),
    ([-100, 100, 0, 7], 0.06206),
    ([-5, 10.5, 1, -8, 1], 0.0886),
  ]

  @Test(arguments: numpyFinancialIRR)
  func irrMatchesNumpyFinancial(values: [Double], expected: Double) throws {
    let irr = InternalRateOfReturn(values: values)
    let rate = try #require(irr.rate)
    #expect(abs(rate - expected) < 0.00005, "IRR of \(values): \(rate), expected \(expected)")
    // Every root found is a root: the NPV at it (from time 0) vanishes.
    for root in irr.roots {
      let npv = values[0] + PresentValue.npv(rate: root, values: values.dropFirst())
      #expect(abs(npv) < 1e-9 * values.map(abs).reduce(0, +), "NPV at \(root) is \(npv)")
    }
  }

  @Test func allRootsAreReportedWhenThereAreSeveral() {
    // −100 + 230/(1 + r) − 132/(1 + r)² = 0 ⇔ 132x² − 230x + 100 = 0 with
    // x = 1/(1 + r): x = 1/1.1 or 1/1.2, so r = 10 % or 20 %.
    let irr = InternalRateOfReturn(values: [-100, 230, -132])
    #expect(irr.isAmbiguous)
    #expect(irr.roots.count == 2)
    #expect(
      isClose(irr.roots[0], 0.1, relative: 1e-12) && isClose(irr.roots[1], 0.2, relative: 1e-12))
    #expect(irr.rate.map { isClose($0, 0.1, relative: 1e-12) } == true)
    // numpy-financial's −5, 10.5, 1, −8, 1 has three: −87.02 %, 8.86 %, 70.96 %.
    let three = InternalRateOfReturn(values: [-5, 10.5, 1, -8, 1])
    #expect(three.roots.count == 3)
    #expect(abs(three.roots[0] - -0.8702012474847411) < 1e-12)
    #expect(abs(three.roots[2] - 0.7095595276861841) < 1e-12)
  }

  @Test func flowsWithoutASignChangeHaveNoIRR() {
    // numpy-financial: irr([−1, −2, −3]) is nan.
    #expect(InternalRateOfReturn(values: [-1, -2, -3]).rate == nil)
    #expect(InternalRateOfReturn(values: [5, 0, 3]).roots.isEmpty)
  }

  @Test func longSeriesDoNotOverflow() throws {
    // 40 years of +1 after −10: the annuity factor (1 − (1 + r)^−40)/r = 10
    // at r = 9.7791…%; check the root by evaluating the NPV there.
    let values = [-10.0] + Array(repeating: 1.0, count: 40)
    let rate = try #require(InternalRateOfReturn(values: values).rate)
    #expect(abs(-10 + PresentValue.npv(rate: rate, values: values.dropFirst())) < 1e-12)
    #expect(rate > 0.097 && rate < 0.098)
  }

  @Test func brentFindsARootAndRefusesAnUnbracketedInterval() throws {
    let root = try Brent.root(in: 1...2) { $0 * $0 - 2 }
    #expect(isClose(root, 2.0.squareRoot(), relative: 1e-14))
    #expect(throws: Brent.Failure.self) { try Brent.root(in: 2...3) { $0 * $0 - 2 } }
  }
}
