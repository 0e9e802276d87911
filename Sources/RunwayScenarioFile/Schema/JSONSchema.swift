import Foundation

/// The JSON Schema (draft 2020-12) of scenario files, written from
/// ``ScenarioFormat``, so that editors complete and check keys as the
/// validator does.
///
/// A schema cannot say everything the validator checks (references, dates
/// against the valuation date, tier order); it checks shapes, keys and
/// the forms of values.
public enum JSONSchema {
  /// The schema as pretty-printed JSON text.
  public static func document() -> String {
    var root = object(ScenarioFormat.file)
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    root["$id"] = "https://runway.invalid/scenario.schema.json"
    root["title"] = "Runway scenario"
    root["$defs"] = ["distribution": object(ScenarioFormat.distribution)]
    let data = try? JSONSerialization.data(
      withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    return data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
  }

  static func object(_ shape: ObjectShape, kind: String? = nil) -> [String: Any] {
    var properties: [String: Any] = [:]
    for field in shape.fields {
      var property = schema(field.value)
      property["description"] = field.summary
      if field.key == "kind", let kind { property = ["const": kind] }
      properties[field.key] = property
    }
    var result: [String: Any] = [
      "type": "object", "properties": properties, "additionalProperties": false,
    ]
    let required = shape.fields.filter(\.isRequired).map(\.key)
    if !required.isEmpty { result["required"] = required }
    return result
  }

  static func schema(_ value: ValueShape) -> [String: Any] {
    switch value {
    case .text: return ["type": "string"]
    case .number: return numberLike
    case .quantity:
      return ["anyOf": [numberLike, ["$ref": "#/$defs/distribution"]]]
    case .date:
      return ["type": ["string", "integer"], "pattern": "^[0-9]{4}(-Q[1-4]|-[0-9]{2}-[0-9]{2})?$"]
    case .integer: return ["type": "integer", "minimum": 0]
    case .choice(let options): return ["enum": options]
    case .list(let item): return ["type": "array", "items": schema(item)]
    case .map(let item): return ["type": "object", "additionalProperties": schema(item)]
    case .object(let shape): return object(shape)
    case .kinds(let kinds): return ["oneOf": kinds.map { object($0.shape, kind: $0.kind) }]
    case .either(let shapes): return ["anyOf": shapes.map(schema)]
    }
  }

  /// A number, or text such as `19.5M`, `30%`, `USD 12M`, `30 months` or
  /// `$peakSales`.
  private static var numberLike: [String: Any] {
    ["anyOf": [["type": "number"], ["type": "string", "minLength": 1]]]
  }
}
