/// A numeric input of a scenario: a number, an uncertain quantity, or a
/// reference to a named variable, optionally in a foreign currency.
///
/// Any numeric field of a scenario may be any of the three, so that a
/// finance team can make an input uncertain without restructuring the file.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
  /// Where the value comes from.
  public enum Source: Hashable, Sendable {
    /// A number known for certain.
    case fixed(Double)
    /// An uncertain number drawn from an inline distribution.
    case distribution(DistributionSpec)
    /// The value of the named variable (`$name` in a file).
    case variable(String)
  }

  public var source: Source
  /// ISO 4217 code of an amount stated in a foreign currency (`USD 12M`);
  /// `nil` for the reporting currency and for plain numbers.
  public var currency: String?
  /// What it measures, as the field it is written in says (for a
  /// variable, the field that uses it); `nil` where no field says.
  public var unit: QuantityUnit?

  public init(_ source: Source, currency: String? = nil, unit: QuantityUnit? = nil) {
    self.source = source
    self.currency = currency
    self.unit = unit
  }

  /// A fixed number.
  public static func fixed(_ value: Double, currency: String? = nil, unit: QuantityUnit? = nil)
    -> Quantity
  {
    Quantity(.fixed(value), currency: currency, unit: unit)
  }

  /// The fixed value, if the quantity is one.
  public var fixedValue: Double? {
    if case .fixed(let value) = source { value } else { nil }
  }

  public var description: String {
    let prefix = currency.map { "\($0) " } ?? ""
    return switch source {
    case .fixed(let value): prefix + "\(value)"
    case .distribution(let spec): prefix + spec.description
    case .variable(let name): prefix + "$" + name
    }
  }
}
