import Foundation
import RunwayEngine
import RunwayModel
import Testing

/// Models the validator would refuse, built by hand: the engine refuses
/// them with an error naming what is wrong, never a trap or a hang.
struct EngineGuardTests {
  static let text =
    Valuing.settings(horizon: "2030", extra: "  fx:\n    USD: 0.9\n    JPY: 0.007") + """
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 2, start: 2021-01-01, duration: 1, cost: 1M, successProbability: 50%}
          market:
            launchLag: 0
            peakSales: 100M
            yearsToPeak: 2
            lossOfExclusivity: 2030
            erosion: 20%
            cogs: 10%
            operatingCosts: 30%
      """

  /// A peak of 10^300 sales keeps the Double sums finite only until a
  /// path's value is stored as a Float (3.4·10^38 at most): this trapped
  /// in SampleSummary.
  @Test func aValueBeyondAFloatIsAnErrorNamingTheComponent() throws {
    var scenario = try Valuing.scenario(Self.text)
    scenario.programs[0].market?.peakSales = .fixed(1e300)
    #expect(throws: ValuationError.nonFinite(component: "drug")) {
      try Valuation.run(scenario, options: Valuation.Options(paths: 1_024))
    }
  }

  /// Rates written in each other's currency recursed until the stack
  /// overflowed.
  @Test func aCycleOfExchangeRatesIsAnError() throws {
    var scenario = try Valuing.scenario(Self.text)
    scenario.settings.fx["USD"] = .fixed(100, currency: "JPY")
    scenario.settings.fx["JPY"] = .fixed(0.01, currency: "USD")
    scenario.programs[0].phases[0].cost = .fixed(1e6, currency: "USD")
    #expect(throws: ValuationError.fxCycle("USD")) {
      try Valuation.run(scenario, options: Valuation.Options(paths: 1_024))
    }
  }
}
