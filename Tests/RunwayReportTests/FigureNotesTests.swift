import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

@testable import RunwayReport

/// The sentences that explain a surprising figure appear where, and only
/// where, the figure surprises.
struct FigureNotesTests {
  /// A 10M milestone on a 5 % approval at the end of 2021.
  ///
  /// 95 % of paths are worth 0, so the P10 and the P90 are 0, while the mean is
  /// 0.05 × 10M / 1.1 = 455k, above the P90. The analytic rNPV is that
  /// mean exactly, and the Monte Carlo mean agrees within three standard
  /// errors (one path in twenty pays 9.09M: s.e. ≈ 9.09M × √(0.05 × 0.95
  /// / 20,000) = 14k).
  @Test func aRareSuccessExplainsItsMean() throws {
    let text = """
      scenario:
        id: rare
        name: Rare
        valuationDate: 2021-01-01
        currency: EUR
        horizon: 2023
        discountRate: 10%
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, successProbability: 5%}
      deals:
        licensee:
          name: Licence
          kind: out-licence
          counterparty: Licensee
          program: drug
          milestones: [{event: approval, amount: 10M}]
      """
    let result = try Valuing.run(text, paths: 20_000)
    #expect(abs(result.rnpv - 0.05 * 10e6 / 1.1) < 1e-6)
    let notes = FigureNotes.sentences(result)
    #expect(notes.count == 2)
    #expect(notes[0].hasPrefix("Licence: its mean, "))
    #expect(notes[0].contains("lies above its P90, 0:"))
    #expect(notes[1].hasPrefix("The analytic rNPV, 455k, and the Monte Carlo mean"))
    #expect(notes[1].hasSuffix("the difference is sampling noise."))
    // Page 1 says it of the answer too; the file states neither cash nor
    // shares, so it has no equity value to give.
    #expect(Headline.answer(result).contains(" Its mean, €"))
    #expect(Headline.answer(result).contains("lies above its P90, €0: fewer than one path in ten"))
    #expect(Headline.equity(result) == nil)
  }
}
