import Yams

/// Reads one YAML mapping against its shape: reports unknown keys (with a
/// suggestion), duplicate keys and missing required keys, then hands out
/// the values by key.
struct MappingReader {
  let node: Node
  let path: String
  let shape: ObjectShape
  let log: DiagnosticLog
  private let values: [String: Node]

  /// Reads `node` as a mapping of `shape`.
  ///
  /// Fails, with an error in the log, when the node is not a mapping.
  init?(_ node: Node, path: String, shape: ObjectShape, log: DiagnosticLog) {
    guard let mapping = node.mapping else {
      log.error(
        at: node.mark, path,
        "expected a mapping with keys \(Self.list(shape.keys)), found \(node.summary)")
      return nil
    }
    self.node = node
    self.path = path
    self.shape = shape
    self.log = log
    var values: [String: Node] = [:]
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else {
        log.error(at: keyNode.mark, path, "keys must be plain words")
        continue
      }
      let field = Self.join(path, key)
      if shape.field(key) == nil {
        log.error(
          at: keyNode.mark, field,
          "is not a key of \(shape.name)\(Suggestion.hint(for: key, among: shape.keys)); expected one of \(Self.list(shape.keys))"
        )
      } else if values[key] != nil {
        log.error(at: keyNode.mark, field, "appears twice")
      } else {
        values[key] = value
      }
    }
    self.values = values
    for field in shape.fields where field.isRequired && values[field.key] == nil {
      log.error(at: node.mark, Self.join(path, field.key), "is required (\(field.summary))")
    }
  }

  /// The value of `key`, if present.
  subscript(key: String) -> Node? {
    precondition(shape.field(key) != nil, "\(key) is not declared in \(shape.name)")
    return values[key]
  }

  func has(_ key: String) -> Bool { values[key] != nil }

  /// The path of a field of this mapping.
  func path(_ key: String) -> String { Self.join(path, key) }

  static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  static func list(_ keys: [String]) -> String { keys.joined(separator: ", ") }
}

extension Node {
  /// A short description of what a node is, for "found …" in messages.
  var summary: String {
    switch self {
    case .scalar(let scalar): "'\(scalar.string)'"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }
}
