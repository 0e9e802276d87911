/// A part of the scenario valued on its own: a program, a funding
/// instrument or a deal.
public struct Component: Hashable, Sendable, Codable {
  public let id: String
  public let name: String
  /// `program`, the instrument's kind (`recoverable-advance`) or the deal's
  /// (`out-licence`).
  public let kind: String
  /// The other party of a deal or instrument, when named.
  public let counterparty: String?
  /// Its line in the value bridge, or financing.
  public let section: BridgeSection
  /// The group of deals it belongs to, if any.
  public var group: String?

  public init(
    id: String, name: String, kind: String, counterparty: String? = nil,
    section: BridgeSection
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.counterparty = counterparty
    self.section = section
  }
}
