import RunwayModel

extension ScenarioDecoder {
  /// Checks that the joint outcomes of the programmes can be enumerated
  /// in every period when a tax is set: tax is not linear in the profits,
  /// so the analytic rNPV taxes each joint outcome whole.
  func checkTaxOutcomes(_ programs: [Program], settings: Settings?) {
    guard let taxPlace, let settings else { return }
    let limit = Limits.maximumTaxOutcomePeriods
    guard Limits.taxOutcomePeriods(programs, settings: settings, cap: limit) > limit else { return }
    let periods = Limits.periods(
      from: settings.valuationDate, to: settings.horizon, grid: settings.grid)
    log.error(
      at: taxPlace.mark, taxPlace.path,
      "is weighed over the joint outcomes of every programme (each fails at one of its phases or is approved), and the analytic rNPV taxes each in each of the \(periods) periods: its \(programs.count) programmes have more than \(limit / periods), the most the periods allow (value fewer of them together, take a coarser grid, or leave the tax out)"
    )
  }
}
