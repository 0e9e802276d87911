/// The portfolio's value, shown beside a subject's as context, never
/// added to it.
public struct PortfolioContext: Codable, Hashable, Sendable {
  public var npv: Double
  public var rnpv: Double
  public var mean: Double
  public var standardError: Double
}
