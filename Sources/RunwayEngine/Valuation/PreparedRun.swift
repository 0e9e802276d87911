import RunwayModel
import RunwayNumerics

/// A valuation up to its Monte Carlo.
///
/// The options checked and the model compiled: what a whole run, a shard
/// and a merge of shards share. ``finish(tally:samples:)`` makes the
/// result from the simulated paths, whoever simulated them, with the
/// unrisked and analytic values, which a shard does not need.
struct PreparedRun {
  let scenario: Scenario
  let options: Valuation.Options
  let paths: Int
  let seed: UInt64
  let model: ScenarioModel
  let monteCarlo: MonteCarlo
  var timings = Timings()

  init(_ scenario: Scenario, options: Valuation.Options) throws(ValuationError) {
    let simulation = scenario.settings.simulation
    let paths = options.paths ?? simulation.paths
    let seed = options.seed ?? simulation.seed
    guard paths > 0 else { throw .invalidOptions("paths must be positive, got \(paths)") }
    guard options.threads > 0 else {
      throw .invalidOptions("threads must be positive, got \(options.threads)")
    }
    guard options.batchSize > 0, options.batchSize % Valuation.blockSize == 0 else {
      throw .invalidOptions(
        "the batch size must be a multiple of \(Valuation.blockSize) paths, got \(options.batchSize)"
      )
    }
    self.scenario = scenario
    self.options = options
    self.paths = paths
    self.seed = seed
    model = try ScenarioModel(scenario, seed: seed)
    let sampler = InputSampler(
      plan: model.plan, copula: model.copula, sampling: simulation.sampling, paths: paths,
      threads: options.threads)
    // The sampler's tables are part of the model, not of the paths'
    // time that the Monte Carlo's rate states.
    timings.end("model")
    monteCarlo = MonteCarlo(
      model: model, sampler: sampler,
      runner: BatchRunner(batchSize: options.batchSize, threads: options.threads))
  }

  /// The simulation of every path's `samples` and the blocks' merged
  /// `tally`: the unrisked and analytic values, the checks, the summaries
  /// and the sensitivities.
  mutating func finish(tally: BatchTally, samples: PathSamples) throws(ValuationError)
    -> Simulation
  {
    let unrisked = DeterministicValuation.unrisked(model)
    let analytic = DeterministicValuation.analytic(model, scheduling: true)
    timings.end("unrisked NPV and analytic rNPV")
    // A NaN or infinity on any path propagates into its component's mean;
    // a Float overflow shows only in the kept column, which each worker
    // scans for a component of its own.
    let keptFinite = BatchRunner.jobs(model.components.count, threads: options.threads) {
      samples.isFinite(component: $0)
    }
    for (index, component) in model.components.enumerated() {
      let figures = [
        tally.values[index].mean, unrisked.value[index], analytic.value[index],
        tally.counterparty[index].mean,
      ]
      guard figures.allSatisfy(\.isFinite), keptFinite[index] else {
        throw .nonFinite(component: component.component.id)
      }
    }
    let tornado =
      options.sensitivity
      ? try Tornado.withEvents(
        Tornado(model, base: analytic.total, threads: options.threads), of: scenario, seed: seed)
      : Tornado(base: analytic.total, bars: [])
    timings.end("tornado")
    // The sensitivities read the model, not the paths: with more than one
    // worker they run on a thread of their own beside the summaries' (one
    // thread more than `threads` for that while), and their line is the
    // wait for them after the summaries.
    let sensitivities = {
      @Sendable [model, threads = options.threads, sampler = monteCarlo.sampler, paths] in
      (
        twoWay: TwoWayTable.tables(model, tornado: tornado, threads: threads),
        spider: Spider(model, tornado: tornado, threads: threads),
        // A value that cannot vary has no spread to apportion.
        contributions: try? GlobalSensitivity(
          model, sampler: sampler, paths: min(paths, GlobalSensitivity.runPaths),
          threads: threads)
      )
    }
    let beside =
      options.sensitivity && options.threads > 1 ? BackgroundWork(sensitivities) : nil
    var result = ResultAssembly(
      scenario: scenario, model: model, paths: paths, seed: seed, unrisked: unrisked,
      analytic: analytic, tornado: tornado, tally: tally,
      samples: samples, threads: options.threads
    ).result
    timings.end("summaries (percentiles, bridge, cash)")
    if options.sensitivity {
      (result.twoWayTables, result.spider, result.contributions) =
        beside?.wait() ?? sensitivities()
      timings.end("spider, two-way tables, contributions (beyond the summaries)")
    }
    return Simulation(
      result: result, model: model, samples: samples, unrisked: unrisked, analytic: analytic,
      timings: timings)
  }
}
