import Plot

/// A chart's box and the rectangle inside it where data are drawn; the
/// margins hold the axes' labels, so that nothing is drawn outside the box.
struct PlotArea {
  let width: Double
  let height: Double
  let left: Double
  let top: Double
  let right: Double
  let bottom: Double

  init(width: Double, height: Double, left: Double, top: Double, right: Double, bottom: Double) {
    self.width = width
    self.height = height
    self.left = left
    self.top = top
    self.right = width - right
    self.bottom = height - bottom
  }

  /// The horizontal axis along the bottom: a tick and a label per value.
  func xAxis(_ scale: LinearScale, format: (Double) -> String) -> [Node<SVG>] {
    [.line(x1: left, y1: bottom, x2: right, y2: bottom, className: "axis")]
      + scale.ticks.flatMap { tick -> [Node<SVG>] in
        let x = scale.position(tick)
        return [
          .line(x1: x, y1: bottom, x2: x, y2: bottom + 4, className: "axis"),
          .label(format(tick), x: x, y: bottom + 17, anchor: "middle", className: "tick x"),
        ]
      }
  }

  /// The vertical axis on the left, with a light grid line per tick.
  func yAxis(_ scale: LinearScale, format: (Double) -> String) -> [Node<SVG>] {
    scale.ticks.flatMap { tick -> [Node<SVG>] in
      let y = scale.position(tick)
      return [
        .line(x1: left, y1: y, x2: right, y2: y, className: tick == 0 ? "zero" : "grid"),
        .label(format(tick), x: left - 6, y: y + 4, anchor: "end", className: "tick y"),
      ]
    }
  }
}
