import RunwayEngine
import RunwayModel
import Testing

/// The point assumptions a reader checks beside the distributions: a
/// probability, an advance's terms, a loss of exclusivity; not the
/// amounts (in the deals' economics) nor a lag of zero.
struct FixedAssumptionTests {
  /// The two-phase programme of ``ProbabilityTreeTests``, with an advance.
  static let text =
    ProbabilityTreeTests.text + """

      funding:
        rca:
          kind: recoverable-advance
          program: drug
          share: 50%
          fixedShare: 30%
          instalments: 3
          cap: 2x
      """

  @Test func everyPointAssumptionButAmountsIsListed() throws {
    let result = try Valuing.run(Self.text, paths: 64)
    func assumption(_ path: String) -> Assumption? {
      result.assumptions.first { $0.path == path }
    }
    let success = try #require(assumption("programs.drug.phases[0].successProbability"))
    #expect(success.family == "fixed" && success.mean == 0.5 && success.unit == .share)
    #expect(assumption("programs.drug.phases[1].successProbability")?.mean == 0.6)
    #expect(assumption("programs.drug.market.erosion")?.mean == 0.2)
    #expect(assumption("programs.drug.market.lossOfExclusivity")?.date == "2030-01-01")
    #expect(assumption("funding.rca.fixedShare")?.mean == 0.3)
    #expect(assumption("funding.rca.cap")?.mean == 2)
    // Not written but a term all the same: the first instalment a year on.
    let first = try #require(assumption("funding.rca.firstInstalment"))
    #expect(first.mean == 1 && first.unit == .years)
    #expect(assumption("programs.drug.phases[1].lag") == nil)
    #expect(assumption("programs.drug.phases[0].cost") == nil)
    #expect(assumption("programs.drug.market.peakSales") == nil)
  }
}
