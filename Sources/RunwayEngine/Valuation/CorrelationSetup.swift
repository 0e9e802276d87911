import Foundation
import RunwayModel
import RunwayNumerics

/// The Gaussian copula of a scenario's correlations, over the uncertain
/// variables they name, and the warnings it raises.
struct CorrelationSetup {
  let copula: (copula: GaussianCopula, members: [Int])?
  let warnings: [String]

  init(_ correlations: [Correlation], plan: InputPlan) throws(ValuationError) {
    var names: [String] = []
    var members: [Int] = []
    var fixed: [String] = []
    for correlation in correlations {
      for name in [correlation.first, correlation.second]
      where !names.contains(name) && !fixed.contains(name) {
        if let index = plan.uncertainIndex(ofVariable: name) {
          names.append(name)
          members.append(index)
        } else {
          fixed.append(name)
        }
      }
    }
    var warnings = fixed.map { "correlation with $\($0) has no effect: its value is fixed" }
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
      let measure: CorrelationMeasure = correlation.measure == .spearman ? .spearman : .pearson
      let value =
        common == .spearman ? correlation.value : measure.copulaParameter(correlation.value)
      matrix[i, j] = value
      matrix[j, i] = value
    }
    do {
      let copula = try GaussianCopula(matrix, measure: common)
      if let repair = copula.repair { warnings.append(repair.message(names: names)) }
      self.copula = (copula, members)
    } catch {
      throw .invalidCorrelation(error.localizedDescription)
    }
    self.warnings = warnings
  }
}
