import RunwayModel
import RunwayNumerics

/// The Gaussian copula of a scenario's correlations, over the uncertain
/// variables they name, and the warnings it raises.
struct CorrelationSetup {
  let copula: (copula: GaussianCopula, members: [Int])?
  let warnings: [String]

  init(_ correlations: [Correlation], plan: InputPlan) throws(ValuationError) {
    var names: [String] = []
    var warnings: [String] = []
    for correlation in correlations {
      for name in [correlation.first, correlation.second] where !names.contains(name) {
        if plan.uncertainIndex(ofVariable: name) == nil {
          warnings.append("correlation with $\(name) has no effect: its value is fixed")
        } else {
          names.append(name)
        }
      }
    }
    guard names.count > 1 else {
      copula = nil
      self.warnings = warnings
      return
    }
    let measures = Set(correlations.map(\.measure))
    let common: CorrelationMeasure = measures == [.spearman] ? .spearman : .pearson
    var matrix = Matrix.identity(names.count)
    for correlation in correlations {
      guard let i = names.firstIndex(of: correlation.first),
        let j = names.firstIndex(of: correlation.second)
      else { continue }
      let value =
        common == .spearman
        ? correlation.value
        : CorrelationMeasure(rawValue: correlation.measure.rawValue)!.copulaParameter(
          correlation.value)
      matrix[i, j] = value
      matrix[j, i] = value
    }
    do {
      let copula = try GaussianCopula(matrix, measure: common)
      if let repair = copula.repair { warnings.append(repair.message(names: names)) }
      self.copula = (copula, names.map { plan.uncertainIndex(ofVariable: $0)! })
    } catch {
      throw .invalidCorrelation("\(error)")
    }
    self.warnings = warnings
  }
}
