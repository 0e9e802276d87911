/// A named input, referenced elsewhere as `$name`: usually uncertain (a
/// distribution), possibly a plain number or another variable's alias.
public struct Variable: Hashable, Sendable {
  public var name: String
  public var value: Quantity
  /// Where the figure comes from, or the reasoning behind the assumption:
  /// shown beside it in the report's assumptions table.
  public var source: String?

  public init(name: String, value: Quantity, source: String? = nil) {
    self.name = name
    self.value = value
    self.source = source
  }
}

/// A correlation between two named variables.
public struct Correlation: Hashable, Sendable {
  /// How the value was stated.
  public enum Measure: String, Hashable, Sendable, CaseIterable {
    /// Rank correlation, as spreadsheet Monte Carlo tools take it.
    case spearman
    /// Correlation of the normal scores (the copula's parameter).
    case pearson
  }

  public var first: String
  public var second: String
  public var value: Double
  public var measure: Measure

  public init(first: String, second: String, value: Double, measure: Measure) {
    self.first = first
    self.second = second
    self.value = value
    self.measure = measure
  }
}
