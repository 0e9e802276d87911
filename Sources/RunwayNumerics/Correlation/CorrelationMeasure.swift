import Foundation

/// How the correlations in a scenario were stated.
public enum CorrelationMeasure: String, Hashable, Sendable, CaseIterable {
  /// Correlations of the normal scores: the Gaussian copula's own parameter.
  case pearson
  /// Rank (Spearman) correlations, as spreadsheet Monte Carlo tools take them.
  case spearman

  /// The copula parameter ρ that gives this correlation between the ranks.
  ///
  /// For a Gaussian copula the rank correlation is ρs = (6/π)·asin(ρ/2),
  /// so ρ = 2·sin(π·ρs/6) (Kruskal, 1958). The conversion keeps ±1 and 0
  /// fixed and moves intermediate values by at most 0.018.
  public func copulaParameter(_ value: Double) -> Double {
    switch self {
    case .pearson: value
    case .spearman: 2 * sin(Double.pi * value / 6)
    }
  }

  /// The inverse of ``copulaParameter(_:)``: the correlation, in this
  /// measure, that the copula parameter `rho` produces.
  public func statedValue(copulaParameter rho: Double) -> Double {
    switch self {
    case .pearson: rho
    case .spearman: 6 / Double.pi * asin(rho / 2)
    }
  }
}
