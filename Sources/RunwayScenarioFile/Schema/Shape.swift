import RunwayModel

/// What a number in a scenario means, which decides the forms it may take
/// and the range it must lie in.
public enum QuantityKind: String, Hashable, Sendable {
  /// Money: `19.5M`, `750k`, `1.2bn`, `USD 12M`; never negative where it
  /// is a cost or a price.
  case amount
  /// A dated cash flow: money in (positive) or out (negative), `-1M`,
  /// `USD 2.5M`; like an amount, it takes its deal's currency.
  case flow
  /// A fraction of something: `30%` or `0.3`, in 0…1.
  case share
  /// A probability: `30.7%` or `0.307`, in 0…1.
  case probability
  /// A yearly rate (discount, interest): `12%`, above −100 %.
  case rate
  /// A duration: `2.5` (years), `30 months`, `18 months`, `90 days`; ≥ 0.
  case years
  /// A count (patients, runs, units); ≥ 0.
  case count
  /// A multiple: `2x` or `2`; ≥ 0.
  case multiple
  /// Any number.
  case number

  /// How a report writes a number of this kind.
  public var unit: QuantityUnit {
    switch self {
    case .amount, .flow: .money
    case .share, .probability, .rate: .share
    case .years: .years
    case .count, .multiple, .number: .number
    }
  }
}

/// The shape of a value in a scenario file: the single description from
/// which the reader checks keys and `runway schema` writes a JSON Schema.
public indirect enum ValueShape: Sendable {
  case text
  /// A number written literally (suffixes allowed, no distribution).
  case number(QuantityKind)
  /// A number, an inline distribution or a `$variable` reference.
  case quantity(QuantityKind)
  case date
  case integer
  case choice([String])
  case list(ValueShape)
  /// A mapping whose keys are names chosen by the author (ids, currencies).
  case map(ValueShape)
  case object(ObjectShape)
  /// A mapping whose `kind` picks one of several shapes.
  case kinds([(kind: String, shape: ObjectShape)])
  /// Any of several shapes (e.g. a word or a mapping).
  case either([ValueShape])
}

/// A field of a mapping.
public struct FieldShape: Sendable {
  public let key: String
  public let value: ValueShape
  public let isRequired: Bool
  /// One line for the schema's description and the format reference.
  public let summary: String

  public init(_ key: String, _ value: ValueShape, required: Bool = false, _ summary: String) {
    self.key = key
    self.value = value
    self.isRequired = required
    self.summary = summary
  }
}

/// A mapping with a fixed set of keys.
public struct ObjectShape: Sendable {
  public let name: String
  public let fields: [FieldShape]

  public init(_ name: String, _ fields: [FieldShape]) {
    self.name = name
    self.fields = fields
  }

  public var keys: [String] { fields.map(\.key) }

  public func field(_ key: String) -> FieldShape? { fields.first { $0.key == key } }
}
