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
    let totals = simulation.totals
    // Only the totals of the runs without the items are read.
    let options = Options(
      paths: base.paths, seed: base.seed, threads: threads, sensitivity: false)
    /// The increment of removing `removed`: the run with minus without
    /// them, and the per-path differences.
    func increment(_ id: String, removing removed: [String]) throws(ValuationError)
      -> (value: Increment, differences: [Double])
    {
      let without = try simulate(scenario.removing(removed), options: options)
      let differences = zip(totals, without.totals).map { $0 - $1 }
      let component = base.components.first { $0.id == id }
      let value = Increment(
        id: id, name: component?.name ?? id, kind: component?.kind ?? "",
        without: scenario.withoutMeaning(id), npv: base.npv - without.result.npv,
        rnpv: base.rnpv - without.result.rnpv,
        monteCarlo: ResultAssembly.figures(SampleSummary(differences)),
        counterpartyRNPV: component?.counterpartyValue?.rnpv)
      return (value, differences)
    }
    var each: [(value: Increment, differences: [Double])] = []
    for id in items { each.append(try increment(id, removing: [id])) }
    var figures = Increments(items: each.map(\.value))
    let together = subject ?? items
    var joint: (value: Increment, differences: [Double])?
    if together.count > 1 {
      var whole = try increment("subject", removing: together)
      whole.value.name = "Together: " + together.joined(separator: ", ")
      whole.value.without = "none of them"
      joint = whole
      figures.joint = whole.value
      if Set(items) == Set(together) {
        figures.interaction = whole.value.rnpv - each.reduce(0) { $0 + $1.value.rnpv }
        var perPath = whole.differences
        for part in each {
          for path in perPath.indices { perPath[path] -= part.differences[path] }
        }
        let moments = Moments(perPath)
        figures.interactionMean = moments.mean
        figures.interactionStandardError = moments.standardError
      }
    } else if subject != nil, let id = together.first {
      // One subject: its increment, valued above when it is an item.
      if let index = items.firstIndex(of: id) {
        joint = each[index]
      } else {
        joint = try increment(id, removing: [id])
      }
    }
    var answered = simulation
    answered.result.increments = figures
    if let subject, let joint {
      answered.result.portfolio = PortfolioContext(
        npv: base.npv, rnpv: base.rnpv, mean: base.monteCarlo.mean,
        standardError: base.monteCarlo.standardError)
      answered.result.subject = subject.joined(separator: ", ")
      answered.result.npv = joint.value.npv
      answered.result.rnpv = joint.value.rnpv
      let sample = SampleSummary(joint.differences)
      answered.result.monteCarlo = ResultAssembly.figures(sample)
      answered.result.distribution = NPVDistribution(sample)
      answered.result.convergence = Convergence(joint.differences)
      answered.subjectValues = joint.differences
    }
    return answered
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
        if let peakSales = process.peakSales {
          scenario.programs[index].market?.peakSales = peakSales
        }
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
      if let process = deal.replaces {
        let sales = process.peakSales == nil ? "" : " and sell what it sells"
        return
          "its flows vanish and its programmes bear the cost of goods of the process it replaces"
          + sales
      }
      switch deal.terms {
      case .licence(let licence) where licence.direction == .outLicence:
        return "the territory's sales stay ours, with the costs we would bear"
      case .licence: return "no licence: its payments vanish, the programme is unchanged"
      case .coDevelopment: return "we bear all the costs and keep all the profit"
      case .cashFlows where deal.isCorporateCost: return "the costs are not incurred"
      case .cashFlows:
        return
          "its flows vanish; a benefit written in an input (a lower COGS) stays: compare a variant for it"
      default: return "its flows vanish, the programme is unchanged"
      }
    }
    return "we receive nothing and repay nothing"
  }
}
