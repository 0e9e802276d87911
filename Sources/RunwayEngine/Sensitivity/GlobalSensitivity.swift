import Foundation
import RunwayModel
import RunwayNumerics

/// What drives the spread of the total NPV, read from one Monte Carlo run
/// in which every input moved at once (correlations included).
///
/// The factors are the uncertain inputs and, for each program, the number
/// of phases it passed on the path, since in biotech the dice of
/// development usually outweigh every figure in the file. Programmes whose
/// outcomes are tied (a shared readout or risk) are one factor, their
/// phases passed added up: one event is not counted twice. For each
/// factor:
/// - Spearman's rank correlation with the NPV, which needs no linearity;
/// - the standardised regression coefficient (SRC), from the least-squares
///   fit (LAPACK `dgels`) of the standardised NPV on the standardised
///   factors: how many standard deviations the NPV moves per standard
///   deviation of the factor, the others held;
/// - its share of the variance, SRC², which for independent factors is the
///   part of Var(NPV) the linear fit assigns to it (the shares add up to
///   R², the part the fit explains);
/// - its first-order index, the share of Var(NPV) it explains alone
///   (``CorrelationRatio``), which also sees what a line cannot: a
///   development outcome's steps, sales that count only once approved.
public struct GlobalSensitivity: Codable, Hashable, Sendable {
  public struct Factor: Codable, Hashable, Sendable {
    public var name: String
    public var rankCorrelation: Double
    public var standardizedCoefficient: Double
    public var varianceShare: Double
    /// Var(E[NPV | factor]) / Var(NPV).
    public var firstOrder: Double
  }

  /// Sorted by share of variance, largest first; the rank correlation
  /// breaks ties (factors the linear fit gives nothing).
  public var factors: [Factor]
  /// The share of Var(NPV) the linear fit explains.
  public var rSquared: Double
  public var paths: Int
  /// Factors left out because they did not vary (a program that cannot
  /// fail, a distribution of zero width).
  public var constant: [String]

  /// The paths a run report's global sensitivity reads: enough for shares
  /// of variance to two figures, few enough to cost a fraction of the run.
  public static let runPaths = 10_000
}

extension GlobalSensitivity {
  /// The global sensitivity of a simulation that kept its inputs.
  ///
  /// - Throws: ``ValuationError/invalidOptions(_:)`` when the NPV does not
  ///   vary, or the factors are linearly dependent (two fields moved by
  ///   the same draw).
  public init(_ simulation: Simulation) throws(ValuationError) {
    try self.init(simulation.model, samples: simulation.samples)
  }

  /// The global sensitivity of the first `paths` paths of the run that
  /// `sampler` draws (all of them, when fewer), drawn again with their
  /// inputs kept: what the run report shows beside the tornado, at a
  /// bounded cost.
  init(_ model: ScenarioModel, sampler: InputSampler, paths: Int, threads: Int)
    throws(ValuationError)
  {
    let monteCarlo = MonteCarlo(
      model: model, sampler: sampler.drawing(paths: paths),
      runner: BatchRunner(batchSize: 4_096, threads: threads))
    let (_, samples) = monteCarlo.run(periodSamplePaths: 0, keepInputs: true, progress: nil)
    try self.init(model, samples: samples, threads: threads)
  }

  /// With `threads` for the factors' ranks and first-order indices, which
  /// are independent of one another.
  private init(_ model: ScenarioModel, samples: PathSamples, threads: Int = 1)
    throws(ValuationError)
  {
    precondition(samples.keepsInputs, "the simulation must keep its inputs")
    // Each factor's values for the regression, and what its first-order
    // index groups the paths by: a development outcome's joint phases
    // passed, not their sum.
    var columns = model.plan.uncertain.indices.map {
      let values = samples.kept(samples.inputs, $0)
      return (name: model.plan.uncertain[$0].path, values: values, groups: values)
    }
    for factor in model.outcomeFactors {
      let programs = factor.units.filter { $0 < model.programs.count }
      guard !programs.isEmpty else { continue }
      var values = [Double](repeating: 0, count: samples.paths)
      var outcomes = values
      for program in programs {
        let radix = Double(model.programs[program].phases.count + 1)
        for (path, passed) in samples.kept(samples.phasesPassed, program).enumerated() {
          values[path] += passed
          outcomes[path] = outcomes[path] * radix + passed
        }
      }
      columns.append((name: "\(factor.name) phases passed", values: values, groups: outcomes))
    }
    let npv = Array(samples.totals)
    guard let y = Standardized(npv) else {
      throw .invalidOptions("the NPV is the same on every path: nothing to explain")
    }
    var varying: [(name: String, values: Standardized, groups: [Double])] = []
    var constant: [String] = []
    for column in columns {
      if let values = Standardized(column.values) {
        varying.append((column.name, values, column.groups))
      } else {
        constant.append(column.name)
      }
    }
    let n = npv.count
    var design = Matrix(rows: n, columns: varying.count)
    for (j, column) in varying.enumerated() {
      design.storage.replaceSubrange(j * n..<(j + 1) * n, with: column.values.values)
    }
    let coefficients: [Double]
    do {
      coefficients = varying.isEmpty ? [] : try LeastSquares.solve(design, y.values)
    } catch {
      throw .invalidOptions(
        "the regression cannot separate the inputs (\(error.localizedDescription)): two inputs move together exactly"
      )
    }
    var residual = 0.0
    for row in 0..<n {
      var fitted = 0.0
      for j in varying.indices { fitted += design[row, j] * coefficients[j] }
      residual += (y.values[row] - fitted) * (y.values[row] - fitted)
    }
    let ranksOfNPV = RankCorrelation.ranks(npv)
    let regressors = varying
    let factors = BatchRunner.jobs(varying.count, threads: threads) { j in
      let column = regressors[j]
      return Factor(
        name: column.name,
        rankCorrelation: RankCorrelation.pearson(
          RankCorrelation.ranks(column.values.values), ranksOfNPV),
        standardizedCoefficient: coefficients[j], varianceShare: coefficients[j] * coefficients[j],
        firstOrder: CorrelationRatio.firstOrder(column.groups, y.values))
    }
    self.init(
      factors: factors.sorted {
        ($0.varianceShare, abs($0.rankCorrelation)) > ($1.varianceShare, abs($1.rankCorrelation))
      },
      rSquared: 1 - residual / Double(n), paths: n, constant: constant)
  }
}

/// A sample shifted to mean 0 and scaled to unit (population) variance, so
/// that its sum of squares is its size.
private struct Standardized {
  let values: [Double]

  /// `nil` for a sample that does not vary.
  init?(_ sample: [Double]) {
    let moments = Moments(sample)
    let mean = moments.mean
    let variance = moments.sumOfSquaredDeviations / Double(sample.count)
    // Below this, the spread is rounding in the sum, not variation.
    guard variance > 1e-24 * max(1, mean * mean) else { return nil }
    let scale = 1 / variance.squareRoot()
    values = sample.map { ($0 - mean) * scale }
  }
}
