import RunwayModel

extension Tornado {
  /// `tornado` with the binary events a board asks about beside the
  /// inputs: each shared risk, and each programme's first phase, forced to
  /// fail and to succeed, and the analytic rNPV recomputed.
  ///
  /// Development outcomes move a biotech's value more than any input, yet
  /// an input-only tornado leaves them out. A phase that shares another's
  /// outcome is that other's event; one that depends on a risk or a phase
  /// is forced given it (its conditional probability).
  static func withEvents(_ tornado: Tornado, of scenario: Scenario, seed: UInt64)
    throws(ValuationError) -> Tornado
  {
    var swung = tornado
    /// The analytic rNPV of `scenario` changed by `force` at both ends.
    func ends(_ force: (inout Scenario, Quantity) -> Void) throws(ValuationError) -> [Double] {
      var values: [Double] = []
      for probability in [0.0, 1.0] {
        var forced = scenario
        force(&forced, .fixed(probability))
        values.append(DeterministicValuation.analytic(try ScenarioModel(forced, seed: seed)).total)
      }
      return values
    }
    for (index, risk) in scenario.risks.enumerated() {
      let values = try ends { $0.risks[index].successProbability = $1 }
      swung.bars.append(
        Bar(
          input: "risks.\(risk.id).successProbability", event: risk.name, unit: .share, low: 0,
          high: 1,
          rnpvAtLow: values[0], rnpvAtHigh: values[1]))
    }
    for (index, program) in scenario.programs.enumerated() {
      guard let phase = program.phases.first, phase.link?.kind != .sameOutcome else { continue }
      let values = try ends { $0.programs[index].phases[0].successProbability = $1 }
      let given = phase.link.map { " (given: \(words(for: $0.target, in: scenario)))" } ?? ""
      // A linked phase states its conditional probability in its link.
      let field = phase.link == nil ? "successProbability" : "dependsOn.successProbability"
      swung.bars.append(
        Bar(
          input: "programs.\(program.id).phases[0].\(field)",
          event: "\(program.name): \(phase.name)\(given)", unit: .share, low: 0, high: 1,
          rnpvAtLow: values[0], rnpvAtHigh: values[1]))
    }
    swung.sortBars()
    return swung
  }

  /// What a phase depends on, by its name in the file.
  private static func words(for target: PhaseLink.Target, in scenario: Scenario) -> String {
    switch target {
    case .risk(let id): scenario.risks.first { $0.id == id }?.name ?? id
    case .phase(let program, let phase):
      "\(scenario.programs.first { $0.id == program }?.name ?? program): \(phase)"
    }
  }
}
