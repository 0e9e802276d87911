/// A figure a command answered with: its name, its value and, for a Monte
/// Carlo estimate, its standard error.
public struct HeadlineFigure: Codable, Hashable, Sendable {
  public var name: String
  public var value: Double
  public var standardError: Double?

  public init(_ name: String, _ value: Double, standardError: Double? = nil) {
    self.name = name
    self.value = value
    self.standardError = standardError
  }
}
