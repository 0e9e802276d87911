import Plot

/// One chart of the report: an inline SVG of a fixed box, scaled to the
/// page's width, with a title for screen readers and a caption.
struct Chart {
  let title: String
  let caption: String
  let area: PlotArea
  let content: [Node<SVG>]

  /// The `<svg>` element alone.
  var svg: Node<HTML.BodyContext> {
    .element(
      named: "svg",
      nodes: [
        .attribute(
          named: "viewBox",
          value: "0 0 \(SVGNumber.text(area.width)) \(SVGNumber.text(area.height))"),
        .attribute(named: "role", value: "img"),
        .attribute(named: "aria-label", value: title),
        .element(named: "title", text: title),
      ] + content)
  }

  /// The chart as a figure with its caption.
  var figure: Node<HTML.BodyContext> {
    .element(
      named: "figure",
      nodes: [svg, .element(named: "figcaption", text: caption)])
  }
}
