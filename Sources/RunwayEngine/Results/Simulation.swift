/// A valuation with its per-path figures kept: what the deal solver, the
/// comparisons and the global sensitivity read beyond the summary.
///
/// Path `i` of two simulations with the same seed and path count used the
/// same random numbers for every input, phase and clawback the two
/// scenarios share, so per-path differences measure the change itself,
/// not Monte Carlo noise.
public struct Simulation: Sendable {
  public var result: ValuationResult
  let model: ScenarioModel
  let samples: PathSamples
  /// The run's unrisked and analytic valuations, whose dated flows the
  /// audit workbook reads.
  let unrisked: DeterministicValuation
  let analytic: DeterministicValuation
  /// How long each part of the valuation took.
  public let timings: Timings

  /// The total NPV of each path.
  public var totals: [Double] { Array(samples.totals) }

  /// The subject's value on each path, with minus without it, once
  /// ``Valuation/answer(_:scenario:ids:threads:)`` has valued a subject.
  var subjectValues: [Double]?

  /// The headline's value on each path: the subject's where the scenario
  /// names one, the total otherwise.
  public var headlineValues: [Double] { subjectValues ?? totals }

  /// The value of component `id` on each path; `nil` for an unknown id.
  public func values(of id: String) -> [Double]? {
    index(of: id).map { samples.values(of: $0) }
  }

  /// The counterparty's value of component `id` on each path; `nil` for an
  /// unknown id or a component that does not value its counterparty.
  public func counterpartyValues(of id: String) -> [Double]? {
    guard let index = index(of: id), model.components[index].valuesCounterparty else { return nil }
    return samples.counterpartyValues(of: index)
  }

  /// Each component's dated flows, unrisked and expected, in the order of
  /// the result's components: what the audit workbook recomputes the NPV
  /// and rNPV from.
  public func datedFlows() -> [DatedFlows] {
    DatedFlows.of(model, unrisked: unrisked, expected: analytic)
  }

  private func index(of id: String) -> Int? {
    model.components.firstIndex { $0.component.id == id }
  }
}
