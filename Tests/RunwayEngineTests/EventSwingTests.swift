import Foundation
import RunwayEngine
import Testing

/// The tornado's binary events: each shared risk and each programme's
/// first phase forced to fail and to succeed.
struct EventSwingTests {
  /// Two programmes on a 60 % shared risk, each 50 % given it, each paid
  /// 1M on approval on 2022-01-01 (day 365); a third shares the first's
  /// readout and adds no bar of its own.
  ///
  /// The risk failing leaves nothing; succeeding, each is approved with
  /// 50 %: 2 × 0.5 × 1M / 1.1. The first programme's phase failing leaves
  /// the second's 0.6 × 0.5 × 1M / 1.1; succeeding (given the risk) adds
  /// its own 1M / 1.1 and the twin's, on the risk's 60 %.
  @Test func risksAndReadoutsSwingFromFailureToSuccess() throws {
    let text =
      Valuing.settings(horizon: "2023") + """
        risks:
          mechanism: {name: The mechanism works, successProbability: 60%}
        programs:
          a:
            name: A
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, dependsOn: {risk: mechanism, successProbability: 50%}}
          b:
            name: B
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, dependsOn: {risk: mechanism, successProbability: 50%}}
          twin:
            name: Twin of A
            phases:
              - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 0, sameOutcomeAs: {program: a, phase: Phase 2}}
        deals:
          pay:
            kind: cash-flows
            counterparty: Buyer
            flows:
              - {amount: 1M, when: {program: a, event: approval}}
              - {amount: 1M, when: {program: b, event: approval}}
              - {amount: 1M, when: {program: twin, event: approval}}
        """
    let result = try Valuing.run(text, paths: 256)
    let bars = result.tornado.bars
    #expect(bars.count == 3)
    let paid = 1e6 / 1.1
    let risk = try #require(bars.first { $0.input == "risks.mechanism.successProbability" })
    #expect(risk.event == "The mechanism works")
    #expect(abs(risk.rnpvAtLow) < 1e-6)
    #expect(abs(risk.rnpvAtHigh - 3 * 0.5 * paid) < 1e-6)
    let a = try #require(
      bars.first { $0.input == "programs.a.phases[0].dependsOn.successProbability" })
    #expect(a.event == "A: Phase 2 (given: The mechanism works)")
    #expect(abs(a.rnpvAtLow - 0.6 * 0.5 * paid) < 1e-6)
    #expect(abs(a.rnpvAtHigh - (0.6 * 2 * paid + 0.6 * 0.5 * paid)) < 1e-6)
    #expect(!bars.contains { $0.input.hasPrefix("programs.twin") })
    #expect(bars.allSatisfy { $0.isEvent })
  }

  /// The bear case takes each input at the end that lowers the value: the
  /// cost (uniform 0–2M) at its P90, 1.8M, the price (uniform 1–3M) at its
  /// P10, 1.2M, both paid on 2022-01-01 (day 365); the bull case the
  /// other ends.
  @Test func bearAndBullTakeEachInputsWorseAndBetterEnd() throws {
    let text =
      Valuing.settings(horizon: "2023") + """
        deals:
          trade:
            kind: cash-flows
            counterparty: Market
            flows:
              - {date: 2022-01-01, amount: {distribution: uniform, min: -2M, max: 0}}
              - {date: 2022-01-01, amount: {distribution: uniform, min: 1M, max: 3M}}
        """
    let tornado = try Valuing.run(text, paths: 256).tornado
    #expect(abs(try #require(tornado.bear) - (-1.8e6 + 1.2e6) / 1.1) < 1e-6)
    #expect(abs(try #require(tornado.bull) - (-0.2e6 + 2.8e6) / 1.1) < 1e-6)
    #expect(abs(tornado.base - 1e6 / 1.1) < 1e-6)
  }
}
