import RunwayModel
import RunwayNumerics

/// Values a scenario: unrisked NPV, analytic rNPV and the Monte Carlo
/// distribution, per component and in total, with the expected cash flows
/// and the cash runway.
public enum Valuation {
  /// Paths per block of accumulation: sums are taken block by block and
  /// merged in order, so results do not depend on threads or batch size.
  public static let blockSize = MonteCarlo.blockSize

  /// How a run is made; `nil` fields take the scenario's settings.
  public struct Options: Sendable {
    public var paths: Int?
    public var seed: UInt64?
    public var threads: Int
    /// Paths per batch of work: a multiple of ``Valuation/blockSize``.
    public var batchSize: Int
    /// Paths (the first ones) whose period flows and cash positions are
    /// kept for the per-period percentiles; means use every path.
    public var periodSamplePaths: Int
    /// Whether the result carries the one-at-a-time sensitivity.
    ///
    /// The tornado with its events, bear and bull, which every report
    /// shows. A valuation whose totals are all its caller reads (a deal's
    /// "without", a solver's step) leaves it out: it costs two analytic
    /// passes per input and per event.
    public var sensitivity: Bool

    public init(
      paths: Int? = nil, seed: UInt64? = nil, threads: Int = 1, batchSize: Int = 4_096,
      periodSamplePaths: Int = 50_000, sensitivity: Bool = true
    ) {
      self.paths = paths
      self.seed = seed
      self.threads = threads
      self.batchSize = batchSize
      self.periodSamplePaths = periodSamplePaths
      self.sensitivity = sensitivity
    }
  }

  /// Values `scenario`.
  ///
  /// `progress` is called after each batch with the
  /// batches done and the batches in all.
  /// What a run would warn about before simulating anything (aid stacked
  /// above the costs, a correlation repaired, a term not valued): what
  /// `runway validate` adds to the file's own warnings.
  public static func warnings(_ scenario: Scenario) throws(ValuationError) -> [String] {
    try ScenarioModel(scenario, seed: scenario.settings.simulation.seed).warnings
  }

  public static func run(
    _ scenario: Scenario, options: Options = Options(),
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(ValuationError) -> ValuationResult {
    try simulate(scenario, options: options, progress: progress).result
  }

  /// Values `scenario` and keeps its per-path figures, which the solver,
  /// the comparisons and the global sensitivity read; with `keepInputs`,
  /// also each path's inputs and phases passed.
  public static func simulate(
    _ scenario: Scenario, options: Options = Options(), keepInputs: Bool = false,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(ValuationError) -> Simulation {
    let simulation = scenario.settings.simulation
    let paths = options.paths ?? simulation.paths
    let seed = options.seed ?? simulation.seed
    guard paths > 0 else { throw .invalidOptions("paths must be positive, got \(paths)") }
    guard options.threads > 0 else {
      throw .invalidOptions("threads must be positive, got \(options.threads)")
    }
    guard options.batchSize > 0, options.batchSize % blockSize == 0 else {
      throw .invalidOptions(
        "the batch size must be a multiple of \(blockSize) paths, got \(options.batchSize)")
    }
    var timings = Timings()
    let model = try ScenarioModel(scenario, seed: seed)
    timings.end("model")
    let unrisked = DeterministicValuation.unrisked(model)
    let analytic = DeterministicValuation.analytic(model, scheduling: true)
    timings.end("unrisked NPV and analytic rNPV")
    let sampler = InputSampler(
      plan: model.plan, copula: model.copula, sampling: simulation.sampling, paths: paths)
    let monteCarlo = MonteCarlo(
      model: model, sampler: sampler,
      runner: BatchRunner(batchSize: options.batchSize, threads: options.threads))
    let (tally, samples) = monteCarlo.run(
      periodSamplePaths: options.periodSamplePaths, keepInputs: keepInputs, progress: progress)
    timings.end("Monte Carlo")
    // A NaN or infinity on any path propagates into its component's mean;
    // a Float overflow shows only in the kept column.
    for (index, component) in model.components.enumerated() {
      let figures = [
        tally.values[index].mean, unrisked.value[index], analytic.value[index],
        tally.counterparty[index].mean,
      ]
      guard figures.allSatisfy(\.isFinite), samples.isFinite(component: index) else {
        throw .nonFinite(component: component.component.id)
      }
    }
    let tornado =
      options.sensitivity
      ? try Tornado.withEvents(Tornado(model, base: analytic.total), of: scenario, seed: seed)
      : Tornado(base: analytic.total, bars: [])
    timings.end("tornado")
    var result = ResultAssembly(
      scenario: scenario, model: model, paths: paths, seed: seed, unrisked: unrisked,
      analytic: analytic, tornado: tornado, tally: tally,
      samples: samples, threads: options.threads
    ).result
    timings.end("summaries (percentiles, bridge, cash)")
    if options.sensitivity {
      result.twoWayTables = TwoWayTable.tables(model, tornado: tornado, threads: options.threads)
      result.spider = Spider(model, tornado: tornado, threads: options.threads)
      // A value that cannot vary has no spread to apportion.
      result.contributions = try? GlobalSensitivity(
        model, sampling: simulation.sampling, paths: min(paths, GlobalSensitivity.runPaths),
        threads: options.threads)
      timings.end("spider, two-way tables, contributions")
    }
    return Simulation(result: result, model: model, samples: samples, timings: timings)
  }
}
