import RunwayModel
import RunwayNumerics

/// Sobol's first-order and total indices of the total NPV (Saltelli's
/// design, Saltelli 2010 and Jansen estimators, ``SobolIndices``).
///
/// The factors are the uncertain inputs, each program's development
/// outcome (its phase draws, as one factor; programmes and shared risks
/// whose outcomes are tied together as one) and each clawback. Sample A is
/// paths 0..<N of the scenario's streams, sample B paths N..<2N, so the
/// indices are as reproducible as a run. A factor's total index minus its
/// first-order index is what it does through interactions, e.g. a peak
/// sales figure that matters only if the program is approved.
public struct SobolSensitivity: Codable, Hashable, Sendable {
  public struct Factor: Codable, Hashable, Sendable {
    public var name: String
    public var firstOrder: Double
    public var firstOrderStandardError: Double
    public var total: Double
    public var totalStandardError: Double
  }

  /// Sorted by total index, largest first.
  public var factors: [Factor]
  /// Rows in each of the samples A and B; the NPV was evaluated
  /// `samples × (factors + 2)` times.
  public var samples: Int
  /// The variance of the total NPV.
  public var variance: Double
  /// What the reader should know, such as correlations left out.
  public var warnings: [String]
}

extension SobolSensitivity {
  /// The indices of `scenario` from `samples` rows in each of A and B.
  public init(_ scenario: Scenario, samples: Int, seed: UInt64? = nil) throws(ValuationError) {
    guard samples > 1 else {
      throw .invalidOptions("Sobol indices need at least 2 samples, got \(samples)")
    }
    let model = try ScenarioModel(scenario, seed: seed ?? scenario.settings.simulation.seed)
    let uncertain = model.plan.uncertain
    let quantiles = uncertain.map { InputQuantile($0.distribution) }
    let outcomeFactors = model.outcomeFactors
    let names =
      uncertain.map(\.path) + outcomeFactors.map { "\($0.name) development outcome" }
      + model.clawbacks.map { "\($0.field) outcome" }
    // The factor of each unit (programme or risk) whose draws it moves.
    var factorOf = [Int](repeating: 0, count: model.programs.count + model.riskIDs.count)
    for (factor, group) in outcomeFactors.enumerated() {
      for unit in group.units { factorOf[unit] = factor }
    }
    // An input's coordinate is its uniform; an outcome's is the path whose
    // stream decides it.
    func coordinate(path: Int, factor: Int) -> Double {
      factor < uncertain.count
        ? uncertain[factor].stream.uniform(path: UInt64(path), draw: 0) : Double(path)
    }
    var state = model.makeState()
    let outcomes = uncertain.count
    let isValue = model.isValue
    let indices = SobolIndices(
      samples: samples, factors: names.count,
      a: { coordinate(path: $0, factor: $1) }, b: { coordinate(path: samples + $0, factor: $1) },
      f: { row in
        state.row = model.plan.constants
        for (index, input) in uncertain.enumerated() {
          state.row[input.slot] = quantiles[index].draw(uniform: row[index])
        }
        model.play(
          &state,
          outcome: { model.outcomeUniform($0, $1, path: Int(row[outcomes + factorOf[$0]])) },
          clawback: {
            model.clawbackUniform($0, path: Int(row[outcomes + outcomeFactors.count + $0]))
          })
        return isValue.indices.reduce(0) { $0 + (isValue[$1] ? state.ledger[.value, $1] : 0) }
      })
    guard indices.variance > 0, indices.variance.isFinite else {
      throw .invalidOptions(
        "the NPV does not vary (or is not finite): there is nothing to apportion")
    }
    let factors = names.indices.map { i in
      Factor(
        name: names[i], firstOrder: indices.firstOrder[i].value,
        firstOrderStandardError: indices.firstOrder[i].standardError,
        total: indices.total[i].value, totalStandardError: indices.total[i].standardError)
    }
    var warnings: [String] = []
    if let members = model.copula?.members {
      warnings.append(
        "Sobol indices assume independent inputs: the correlations between "
          + members.map { uncertain[$0].path }.joined(separator: ", ") + " are left out here")
    }
    self.init(
      factors: factors.sorted { $0.total > $1.total }, samples: samples,
      variance: indices.variance, warnings: warnings)
  }
}
