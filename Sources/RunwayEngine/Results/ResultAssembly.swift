import RunwayModel
import RunwayNumerics

/// Turns the deterministic valuations and the Monte Carlo tally and samples
/// into a ``ValuationResult``.
struct ResultAssembly {
  let scenario: Scenario
  let model: ScenarioModel
  let paths: Int
  let seed: UInt64
  let unrisked: DeterministicValuation
  let analytic: DeterministicValuation
  let tornado: Tornado
  let tally: BatchTally
  let samples: PathSamples
  /// Threads for the summaries, which read every per-path column.
  let threads: Int

  /// Above this many paths, the summaries' jobs run one at a time: each
  /// holds a copy of a per-path column and a scratch as large, which then
  /// bounds the memory of a large run.
  static let parallelSummaryLimit = 2_000_000

  var result: ValuationResult {
    let settings = scenario.settings
    let summaries = self.summaries
    let totals = summaries.totals
    let bridge = bridge(totals: totals, sectionLines: summaries.sectionLines)
    var result = ValuationResult(
      scenario: settings.id, name: settings.name,
      question: settings.question
        ?? "What is \(settings.name) worth, apart from how it is financed?",
      subject: "portfolio", currency: settings.currency,
      valuationDate: settings.valuationDate.description, paths: paths, seed: seed,
      sampling: settings.simulation.sampling.rawValue, npv: unrisked.total,
      rnpv: analytic.total, bridge: bridge, programmes: programmes,
      decisions: Decisions(model, rnpv: analytic.total),
      equity: equity(value: bridge.line("equity")?.rnpv ?? analytic.total),
      irr: irr, monteCarlo: Self.figures(totals),
      distribution: NPVDistribution(totals),
      components: summaries.components, cashflows: summaries.periods, cash: summaries.cash,
      assumptions: assumptions,
      tornado: tornado, warnings: model.warnings)
    result.convergence = summaries.convergence
    return result
  }

  /// What one worker computes whole, each a job of one list.
  private enum Summary: Sendable {
    case totals(SampleSummary)
    case section(ValueBridge.Line)
    case component(ComponentResult)
    case cash(CashFigures)
    case convergence(Convergence)
    case period(PeriodResult)
  }

  /// What the summaries' jobs computed.
  private struct Summaries {
    let totals: SampleSummary
    let sectionLines: [ValueBridge.Line]
    let components: [ComponentResult]
    let cash: CashFigures
    let convergence: Convergence
    let periods: [PeriodResult]
  }

  /// The totals' sort, the bridge's sections, each component's summary,
  /// the cash figures, the convergence and each period's figures, shared
  /// among the workers as one list of jobs: run as lists of their own, each
  /// list's last job left the other core idle.
  private var summaries: Summaries {
    let sections = bridgeSections
    let count = model.components.count
    let workers = paths > Self.parallelSummaryLimit ? 1 : threads
    // The sort and the sums of whole samples first, so that the last jobs
    // to start are short.
    let parts = BatchRunner.jobs(
      1 + sections.count + count + 2 + model.timeline.periods.count, threads: workers
    ) { job -> Summary in
      let (componentJob, periodJob) = (job - 1 - sections.count, job - 3 - sections.count - count)
      return switch job {
      case 0: .totals(SampleSummary(Array(samples.totals), moments: tally.total))
      case _ where job <= sections.count:
        .section(bridgeLine(sections[job - 1].section, members: sections[job - 1].members))
      case _ where componentJob < count: .component(self.component(componentJob))
      case sections.count + count + 1: .cash(self.cash)
      case sections.count + count + 2: .convergence(Convergence(samples.totals))
      default: .period(self.period(periodJob))
      }
    }
    var (totals, cash, convergence): (SampleSummary?, CashFigures?, Convergence?)
    var sectionLines: [ValueBridge.Line] = []
    var components: [ComponentResult] = []
    var periods: [PeriodResult] = []
    for part in parts {
      switch part {
      case .totals(let summary): totals = summary
      case .section(let line): sectionLines.append(line)
      case .component(let result): components.append(result)
      case .cash(let figures): cash = figures
      case .convergence(let points): convergence = points
      case .period(let result): periods.append(result)
      }
    }
    guard let totals, let cash, let convergence else { preconditionFailure("every job ran") }
    return Summaries(
      totals: totals, sectionLines: sectionLines, components: components, cash: cash,
      convergence: convergence, periods: periods)
  }

  /// The named variables, then the distributions written in fields (named
  /// by their path).
  private var assumptions: [Assumption] {
    let inline = model.plan.inline.map { field in
      Assumption(
        name: field.path, path: field.path, unit: field.unit, family: field.spec.name,
        parameters: field.spec.parameters.map { Assumption.Parameter(name: $0.0, value: $0.1) },
        currency: field.currency, mean: field.input.value(model.plan.base),
        source: field.spec.source)
    }
    return variables + inline + fixed + exclusivity
  }

  /// The point assumptions that are not amounts.
  ///
  /// A deal's amounts are in its economics and its schedule; these are the
  /// probabilities, rates, tiers, shares, durations, a cap's multiple. A
  /// zero lag says nothing.
  private var fixed: [Assumption] {
    model.plan.fixed.filter {
      $0.unit != .money && !$0.path.hasPrefix("scenario.fx.")
        && !($0.value == 0 && $0.path.hasSuffix(".lag"))
    }.map {
      Assumption(
        name: $0.path, path: $0.path, unit: $0.unit, family: "fixed",
        parameters: [Assumption.Parameter(name: "value", value: $0.value)],
        currency: $0.currency, mean: $0.value, source: nil)
    }
  }

  /// Each programme's loss of exclusivity, after which its sales erode.
  private var exclusivity: [Assumption] {
    scenario.programs.compactMap { program in
      guard let day = program.market?.lossOfExclusivity else { return nil }
      let path = "programs.\(program.id).market.lossOfExclusivity"
      var assumption = Assumption(
        name: path, path: path, unit: nil, family: "date", parameters: [], currency: nil,
        mean: nil, source: nil)
      assumption.date = day.description
      return assumption
    }
  }

  private var variables: [Assumption] {
    scenario.variables.map { variable in
      let (family, parameters): (String, [(String, Double)]) =
        switch variable.value.source {
        case .fixed(let number): ("fixed", [("value", number)])
        case .distribution(let spec): (spec.name, spec.parameters)
        case .variable(let other): ("$" + other, [])
        }
      return Assumption(
        name: variable.name, path: "variables.\(variable.name)", unit: variable.value.unit,
        family: family,
        parameters: parameters.map { Assumption.Parameter(name: $0.0, value: $0.1) },
        currency: variable.value.currency, mean: model.plan.variableMean(variable.name),
        source: variable.source)
    }
  }

  private var irr: IRRFigures {
    let unriskedRate = Self.xirr(unrisked.valueFlows)
    let expectedRate = Self.xirr(analytic.valueFlows)
    return IRRFigures(
      unrisked: unriskedRate.rate, unriskedRoots: unriskedRate.roots,
      expected: expectedRate.rate, expectedRoots: expectedRate.roots)
  }

  /// XIRR of dated flows, merged by day.
  private static func xirr(_ flows: [Ledger.DatedFlow]) -> InternalRateOfReturn {
    let byDay = Dictionary(grouping: flows, by: \.day).mapValues { $0.reduce(0) { $0 + $1.amount } }
      .sorted { $0.key < $1.key }
    let first = byDay.first?.key ?? 0
    return InternalRateOfReturn(
      values: byDay.map(\.value), years: byDay.map { ($0.key - first) / 365 })
  }

  /// Programme `index`'s peak annual sales with its peak sales at their
  /// median, every other input at base: the sales a royalty is quoted on.
  private func medianPeakSales(_ index: Int) -> Double {
    guard let market = model.programs[index].market else { return 0 }
    var row = model.plan.base
    if let input = model.plan.uncertain.first(where: { $0.slot == market.peakSales.slot }) {
      row[input.slot] = input.distribution.quantile(0.5)
    }
    return market.peak(row)
  }

  /// Component `index`'s figures.
  private func component(_ index: Int) -> ComponentResult {
    let componentModel = model.components[index]
    let component = componentModel.component
    let values = samples.keptValues(of: index)
    var result = ComponentResult(
      id: component.id, name: component.name, kind: component.kind,
      section: component.section.rawValue, counterparty: component.counterparty,
      npv: unrisked.value[index],
      rnpv: analytic.value[index], mean: tally.values[index].mean,
      monteCarlo: Self.figures(
        SelectedSample(
          values, moments: tally.values[index], levels: Self.figureLevels,
          tail: Self.tailLevel)))
    result.group = component.group
    if componentModel.valuesCounterparty {
      let summary = SelectedSample(
        samples.keptCounterpartyValues(of: index), moments: tally.counterparty[index],
        levels: Self.figureLevels)
      result.counterpartyValue = SideFigures(
        npv: unrisked.counterparty[index], rnpv: analytic.counterparty[index],
        mean: tally.counterparty[index].mean,
        standardError: tally.counterparty[index].standardError,
        percentiles: Self.percentiles(summary))
    }
    if analytic.owed[index] != 0 { result.outstanding = analytic.owed[index] }
    let types = PaymentType.allCases
    let parts = types.enumerated().compactMap { offset, type -> (String, Double)? in
      let value = analytic.byType[index * types.count + offset]
      return value != 0 ? (type.rawValue, value) : nil
    }
    if !parts.isEmpty { result.paymentTypes = Dictionary(uniqueKeysWithValues: parts) }
    result.terms = componentModel.terms(model.plan.base, programmeSales: medianPeakSales)
    if componentModel.isLiability {
      result.liability = SideFigures(
        npv: unrisked.liability[index], rnpv: analytic.liability[index],
        mean: tally.liability[index].mean, standardError: tally.liability[index].standardError,
        percentiles: nil)
      result.schedule = AdvanceSchedule(
        analytic.advanceEntries.filter { $0.component == index },
        discounting: DeterministicValuation.baseState(model, row: model.plan.base).discounting,
        timeline: model.timeline)
    }
    return result
  }

  /// Period `period`'s expected and analytic flows, and the bands of its
  /// flow and cash position.
  private func period(_ period: Int) -> PeriodResult {
    let timeline = model.timeline
    let count = timeline.periods.count
    let n = Double(paths)
    let bounds = timeline.periods[period]
    var expected = 0.0
    var analyticFlow = 0.0
    var byComponent: [String: Double] = [:]
    for (index, component) in model.components.enumerated() {
      let mean = tally.flows[index * count + period] / n
      expected += mean
      analyticFlow += analytic.flows[index * count + period]
      byComponent[component.component.id] = mean
    }
    let flows = SelectedSample.percentiles(
      of: samples.periodColumn(samples.periodFlows, period), at: [0.1, 0.9])
    let cash = SelectedSample.percentiles(
      of: samples.periodColumn(samples.cashPositions, period), at: [0.1, 0.5, 0.9])
    return PeriodResult(
      period: timeline.labels[period],
      start: timeline.valuationDate.adding(days: Int(bounds.start)).description,
      end: timeline.valuationDate.adding(days: Int(bounds.end) - 1).description,
      expected: expected, p10: flows[0], p90: flows[1], analytic: analyticFlow,
      components: byComponent,
      cashPosition: Band(mean: tally.cash[period] / n, p10: cash[0], p50: cash[1], p90: cash[2]))
  }

  private var cash: CashFigures {
    let peak = samples.peakFundingNeeds
    var runway: [YearShortfall] = []
    var runsOut: RunOut?
    var runsOutOnOneInTen: RunOut?
    var below = 0
    for (period, bounds) in model.timeline.periods.enumerated() {
      below += tally.firstShortfall[period]
      let probability = Double(below) / Double(paths)
      if runsOut == nil, probability >= 0.5 {
        runsOut = RunOut(period: model.timeline.labels[period], probability: probability)
      }
      if runsOutOnOneInTen == nil, probability >= 0.1 {
        runsOutOnOneInTen = RunOut(period: model.timeline.labels[period], probability: probability)
      }
      if runway.last?.year == bounds.year {
        runway[runway.count - 1].probabilityBelowZero = probability
      } else {
        runway.append(YearShortfall(year: bounds.year, probabilityBelowZero: probability))
      }
    }
    return CashFigures(
      startingCash: model.startingCash.map { $0.value(model.plan.base) },
      peakFundingNeed: Self.figures(
        SelectedSample(
          peak, moments: tally.peakFunding, levels: Self.figureLevels, tail: Self.tailLevel)),
      runway: runway, runsOut: runsOut, runsOutOnOneInTen: runsOutOnOneInTen,
      periodPercentilePaths: samples.periodSamplePaths)
  }

  /// The levels of ``Percentiles``, and the tail of ``SampleFigures``.
  static let figureLevels = [0.05, 0.1, 0.5, 0.9, 0.95]
  static let tailLevel = 0.05
  /// The levels of a band: P10, P50 and P90.
  static let bandLevels = [0.1, 0.5, 0.9]

  static func figures(_ summary: some SampleStatistics) -> SampleFigures {
    SampleFigures(
      mean: summary.mean, standardError: summary.standardError,
      standardDeviation: summary.standardDeviation,
      probabilityNegative: summary.probabilityNegative, tailMean5: summary.tailMean(tailLevel),
      percentiles: percentiles(summary))
  }

  private static func percentiles(_ summary: some SampleStatistics) -> Percentiles {
    Percentiles(
      p5: summary.percentile(0.05), p10: summary.percentile(0.1), p50: summary.percentile(0.5),
      p90: summary.percentile(0.9), p95: summary.percentile(0.95))
  }
}
