/// What a deal's payment is for: a licence's value split the way a
/// negotiator reads a term sheet (upfront, development and sales
/// milestones, royalties, the costs the licensee bears, the supply margin;
/// a co-development's shared costs and profits).
public enum PaymentType: String, Codable, CaseIterable, Hashable, Sendable {
  case upfront
  case developmentMilestones = "development milestones"
  case salesMilestones = "sales milestones"
  case royalties
  case costSharing = "cost sharing"
  case supplyMargin = "supply margin"
  case profitSharing = "profit sharing"

  /// Its column in a ledger's breakdown.
  var index: Int {
    switch self {
    case .upfront: 0
    case .developmentMilestones: 1
    case .salesMilestones: 2
    case .royalties: 3
    case .costSharing: 4
    case .supplyMargin: 5
    case .profitSharing: 6
    }
  }
}
