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
    var run = try PreparedRun(scenario, options: options)
    let (tally, samples) = run.monteCarlo.run(
      periodSamplePaths: options.periodSamplePaths, keepInputs: keepInputs, progress: progress)
    run.timings.end("Monte Carlo")
    return try run.finish(tally: tally, samples: samples)
  }
}
