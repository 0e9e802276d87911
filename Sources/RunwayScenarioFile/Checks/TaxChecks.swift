import RunwayModel

extension ScenarioDecoder {
  /// Checks that the joint outcomes of the programmes can be enumerated
  /// when a tax is set: tax is not linear in the profits, so the analytic
  /// rNPV taxes each joint outcome whole.
  func checkTaxOutcomes(_ programs: [Program]) {
    guard let taxPlace else { return }
    // Capped past the limit, so that no product overflows.
    let outcomes = programs.reduce(1) {
      min($0 * ($1.phases.count + 1), Limits.maximumTaxOutcomes + 1)
    }
    guard outcomes > Limits.maximumTaxOutcomes else { return }
    log.error(
      at: taxPlace.mark, taxPlace.path,
      "is weighed over the joint outcomes of every programme (each fails at one of its phases or is approved), and the analytic rNPV taxes each: its \(programs.count) programmes have more than \(Limits.maximumTaxOutcomes) (value fewer of them together, or leave the tax out)"
    )
  }
}
