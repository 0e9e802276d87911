/// The field-by-field reference of the scenario language in Markdown,
/// written from ``ScenarioFormat`` so that it cannot drift from what the
/// reader accepts (`docs/scenario-format.md` embeds it; a test keeps the
/// two equal).
public enum FormatReference {
  public static func markdown() -> String {
    var sections: [String] = []
    var seen: Set<String> = []
    func visit(_ shape: ObjectShape, title: String) {
      guard seen.insert(title).inserted else { return }
      var lines = [
        "### \(title)", "", "| key | takes | required | meaning |", "| --- | --- | --- | --- |",
      ]
      for field in shape.fields {
        lines.append(
          "| `\(field.key)` | \(describe(field.value)) | \(field.isRequired ? "yes" : "") | \(field.summary) |"
        )
      }
      sections.append(lines.joined(separator: "\n"))
      for field in shape.fields { children(field.value) }
    }
    func children(_ value: ValueShape) {
      switch value {
      case .object(let shape): visit(shape, title: shape.name)
      case .list(let item), .map(let item): children(item)
      case .either(let shapes): shapes.forEach(children)
      case .kinds(let kinds):
        for (kind, shape) in kinds { visit(shape, title: "\(shape.name) (kind: \(kind))") }
      default: break
      }
    }
    visit(ScenarioFormat.file, title: "file")
    visit(ScenarioFormat.distribution, title: ScenarioFormat.distribution.name)
    return sections.joined(separator: "\n\n") + "\n"
  }

  static func describe(_ value: ValueShape) -> String {
    switch value {
    case .text: "text"
    case .number(let kind): "\(kind.rawValue) (literal)"
    case .quantity(let kind): "\(kind.rawValue), distribution or `$variable`"
    case .date: "date"
    case .integer: "whole number"
    case .choice(let options): options.map { "`\($0)`" }.joined(separator: " / ")
    case .list(let item): "list of \(describe(item))"
    case .map(let item): "names → \(describe(item))"
    case .object(let shape): "[\(shape.name)](#\(shape.name.lowercased()))"
    case .kinds(let kinds): "by kind: " + kinds.map { "`\($0.kind)`" }.joined(separator: ", ")
    case .either(let shapes): shapes.map(describe).joined(separator: " or ")
    }
  }
}
