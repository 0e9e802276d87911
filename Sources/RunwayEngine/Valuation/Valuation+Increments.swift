import RunwayModel
import RunwayNumerics

extension Valuation {
  /// `simulation` with its subject answered: each named deal's and
  /// instrument's increment, and, when the scenario names a subject, the
  /// headline (`npv`, `rnpv`, `monteCarlo`, `distribution`) set to the
  /// subject's value, the portfolio's kept beside it as context.
  ///
  /// `ids` are the items to value one by one (by default the subject's);
  /// each costs one more simulation on the same seed and paths.
  public static func answer(
    _ simulation: Simulation, scenario: Scenario, ids: [String]? = nil, threads: Int = 1
  ) throws(ValuationError) -> Simulation {
    let subject = scenario.settings.subject
    let items = ids ?? subject ?? []
    guard !items.isEmpty else { return simulation }
    let base = simulation.result
    let options = Options(paths: base.paths, seed: base.seed, threads: threads)
    var increments: [Increment] = []
    var alone: [[Double]] = []
    for id in items {
      let without = try simulate(scenario.removing([id]), options: options)
      increments.append(increment(id, of: simulation, without: without, scenario: scenario))
      alone.append(without.totals)
    }
    var answered = simulation
    var figures = Increments(items: increments)
    let together = subject ?? items
    var joint: (increment: Increment, differences: [Double])?
    if together.count > 1 {
      let without = try simulate(scenario.removing(together), options: options)
      var whole = increment("subject", of: simulation, without: without, scenario: scenario)
      whole.name = "Together: " + together.joined(separator: ", ")
      whole.without = "none of them"
      let differences = zip(simulation.totals, without.totals).map { $0 - $1 }
      joint = (whole, differences)
      figures.joint = whole
      if Set(items) == Set(together) {
        let parts = increments.reduce(0) { $0 + $1.rnpv }
        figures.interaction = whole.rnpv - parts
        var perPath = differences
        for totals in alone {
          for path in perPath.indices { perPath[path] -= simulation.totals[path] - totals[path] }
        }
        let moments = Moments(perPath)
        figures.interactionMean = moments.mean
        figures.interactionStandardError = moments.standardError
      }
    } else if subject != nil, let id = together.first {
      // One subject: its increment, valued above when it is an item.
      if let index = items.firstIndex(of: id) {
        joint = (increments[index], zip(simulation.totals, alone[index]).map { $0 - $1 })
      } else {
        let without = try simulate(scenario.removing(together), options: options)
        joint = (
          increment(id, of: simulation, without: without, scenario: scenario),
          zip(simulation.totals, without.totals).map { $0 - $1 }
        )
      }
    }
    answered.result.increments = figures
    if let subject, let (value, differences) = joint {
      answered.result.portfolio = PortfolioContext(
        npv: base.npv, rnpv: base.rnpv, mean: base.monteCarlo.mean,
        standardError: base.monteCarlo.standardError)
      answered.result.subject = subject.joined(separator: ", ")
      answered.result.npv = value.npv
      answered.result.rnpv = value.rnpv
      let sample = SampleSummary(differences)
      answered.result.monteCarlo = ResultAssembly.figures(sample)
      answered.result.distribution = NPVDistribution(sample)
    }
    return answered
  }

  /// The increment of `id`: `simulation` minus `without`, path by path.
  private static func increment(
    _ id: String, of simulation: Simulation, without: Simulation, scenario: Scenario
  ) -> Increment {
    let differences = zip(simulation.totals, without.totals).map { $0 - $1 }
    let component = simulation.result.components.first { $0.id == id }
    return Increment(
      id: id, name: component?.name ?? id, kind: component?.kind ?? "",
      without: scenario.withoutMeaning(id),
      npv: simulation.result.npv - without.result.npv,
      rnpv: simulation.result.rnpv - without.result.rnpv,
      monteCarlo: ResultAssembly.figures(SampleSummary(differences)),
      counterpartyRNPV: component?.counterpartyValue?.rnpv)
  }
}

extension Scenario {
  /// The scenario without the deals and instruments `ids`, in packages too.
  ///
  /// What "without" means follows from the model. An out-licence's
  /// territories fall back to its programme, which then sells there and
  /// bears the costs; a co-development's costs and profit stay whole with
  /// its programme; a grant or an advance pays and takes back nothing.
  func removing(_ ids: [String]) -> Scenario {
    var scenario = self
    for deal in deals where ids.contains(deal.id) {
      guard let process = deal.replaces else { continue }
      for index in scenario.programs.indices
      where process.programs.contains(scenario.programs[index].id) {
        scenario.programs[index].market?.cogs = process.cogs
      }
    }
    scenario.deals.removeAll { ids.contains($0.id) }
    scenario.funding.removeAll { ids.contains($0.id) }
    for index in scenario.packages.indices {
      scenario.packages[index].instruments.removeAll { ids.contains($0) }
    }
    scenario.packages.removeAll { $0.instruments.isEmpty }
    return scenario
  }

  /// What the scenario is like without `id`, in words, by its kind.
  func withoutMeaning(_ id: String) -> String {
    if let deal = deals.first(where: { $0.id == id }) {
      switch deal.terms {
      case .licence(let licence) where licence.direction == .outLicence:
        return "the territory's sales stay ours, with the costs we would bear"
      case .licence: return "no licence: its payments vanish, the programme is unchanged"
      case .coDevelopment: return "we bear all the costs and keep all the profit"
      case .cashFlows where deal.isCorporateCost: return "the costs are not incurred"
      case _ where deal.replaces != nil:
        return
          "its flows vanish and its programmes bear the cost of goods of the process it replaces"
      case .cashFlows:
        return
          "its flows vanish; a benefit written in an input (a lower COGS) stays: compare a variant for it"
      default: return "its flows vanish, the programme is unchanged"
      }
    }
    return "we receive nothing and repay nothing"
  }
}
