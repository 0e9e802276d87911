/// A complete, validated scenario: settings, uncertain inputs, programs,
/// funding and deals.
///
/// Values of this type come out of the scenario file's validator, so every
/// reference resolves, every probability lies in 0…1 and every date is in
/// range: the engine can trust it.
public struct Scenario: Hashable, Sendable {
  public var settings: Settings
  public var variables: [Variable]
  public var correlations: [Correlation]
  public var programs: [Program]
  /// Risks shared by several programmes' phases.
  public var risks: [SharedRisk]
  public var funding: [FundingInstrument]
  public var packages: [FundingPackage]
  public var deals: [Deal]

  public init(
    settings: Settings, variables: [Variable], correlations: [Correlation], programs: [Program],
    risks: [SharedRisk] = [], funding: [FundingInstrument], packages: [FundingPackage],
    deals: [Deal]
  ) {
    self.settings = settings
    self.variables = variables
    self.correlations = correlations
    self.programs = programs
    self.risks = risks
    self.funding = funding
    self.packages = packages
    self.deals = deals
  }
}
