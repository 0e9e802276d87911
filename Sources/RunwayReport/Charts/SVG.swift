import Plot

/// The context of inline SVG nodes, which Plot's HTML DSL leaves to its
/// users: every chart is built from these few shapes.
enum SVG {}

extension Node where Context == SVG {
  /// An empty SVG element such as `rect`, `line` or `polyline`.
  static func shape(_ name: String, _ attributes: [(String, String)]) -> Node {
    .selfClosedElement(
      named: name, attributes: attributes.map { Attribute(name: $0.0, value: $0.1) })
  }

  /// A text label; `anchor` is `start`, `middle` or `end`.
  static func label(
    _ text: String, x: Double, y: Double, anchor: String = "start", className: String
  ) -> Node {
    .element(
      named: "text",
      nodes: [
        .attribute(named: "x", value: SVGNumber.text(x)),
        .attribute(named: "y", value: SVGNumber.text(y)),
        .attribute(named: "text-anchor", value: anchor),
        .attribute(named: "class", value: className),
        .text(text),
      ])
  }

  static func line(
    x1: Double, y1: Double, x2: Double, y2: Double, className: String,
    extra: [(String, String)] = []
  ) -> Node {
    shape(
      "line",
      [
        ("x1", SVGNumber.text(x1)), ("y1", SVGNumber.text(y1)), ("x2", SVGNumber.text(x2)),
        ("y2", SVGNumber.text(y2)), ("class", className),
      ] + extra)
  }

  static func rect(x: Double, y: Double, width: Double, height: Double, className: String) -> Node {
    shape(
      "rect",
      [
        ("x", SVGNumber.text(x)), ("y", SVGNumber.text(y)), ("width", SVGNumber.text(width)),
        ("height", SVGNumber.text(height)), ("class", className),
      ])
  }

  /// A `polyline` or `polygon` through `points`.
  static func path(_ name: String, _ points: [(Double, Double)], className: String) -> Node {
    let list = points.map { "\(SVGNumber.text($0.0)),\(SVGNumber.text($0.1))" }
    return shape(name, [("points", list.joined(separator: " ")), ("class", className)])
  }
}

/// SVG coordinates with two decimals at most: a hundredth of a pixel is
/// below what any screen or printer shows, and the file stays small.
enum SVGNumber {
  static func text(_ value: Double) -> String {
    precondition(value.isFinite, "a chart never draws a non-finite coordinate")
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
  }
}
