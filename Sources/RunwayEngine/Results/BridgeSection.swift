/// Where a component's value sits in the value bridge, or that it is
/// financing, which moves cash but not value (DESIGN.md, "Value, financing
/// and the question").
public enum BridgeSection: String, Codable, Hashable, Sendable, CaseIterable {
  /// Development programmes: the assets.
  case programmes
  /// Deals and alliances, our side: licences, supply, co-development,
  /// manufacturing, distribution, explicit dated flows.
  case deals
  /// Grants, subsidies, EU co-financing and recoverable advances (net of
  /// their repayments).
  case nonDilutiveFunding = "non-dilutive-funding"
  /// The company's own overheads.
  case corporateCosts = "corporate-costs"
  /// Corporate income tax on the value flows.
  case taxes
  /// Equity raises and loans: in the cash runway, never in the value.
  case financing

  /// The bridge's words for it.
  public var label: String {
    switch self {
    case .programmes: "Programmes"
    case .deals: "Deals and alliances"
    case .nonDilutiveFunding: "Non-dilutive funding"
    case .corporateCosts: "Corporate costs"
    case .taxes: "Taxes"
    case .financing: "Financing"
    }
  }

  /// Whether its value counts in the enterprise value.
  public var isValue: Bool { self != .financing }
}
