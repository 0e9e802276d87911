/// Where a result comes from, for the report's last section: the scenario
/// file and its SHA-256, the overrides, the Runway version and the date.
public struct Provenance: Codable, Hashable, Sendable {
  public var scenarioFile: String
  public var sha256: String
  public var overrides: [String]
  public var runwayVersion: String
  /// The run's date (ISO 8601, UTC).
  public var date: String

  public init(
    scenarioFile: String, sha256: String, overrides: [String], runwayVersion: String,
    date: String
  ) {
    self.scenarioFile = scenarioFile
    self.sha256 = sha256
    self.overrides = overrides
    self.runwayVersion = runwayVersion
    self.date = date
  }
}
