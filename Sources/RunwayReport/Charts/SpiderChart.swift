import RunwayEngine

/// The spider chart: the rNPV as each of the widest inputs runs from its
/// P10 to its P90, every other input at base; a line per input, told apart
/// by colour and dash, named in a legend above.
enum SpiderChart {
  /// `nil` without an uncertain input.
  static func chart(_ spider: Spider, currency: String, labels: InputLabel) -> Chart? {
    guard !spider.lines.isEmpty else { return nil }
    let legendHeight = Double(spider.lines.count) * 16 + 8
    let area = PlotArea(
      width: 720, height: 260 + legendHeight, left: 56, top: 16 + legendHeight, right: 24,
      bottom: 32)
    let step = (area.right - area.left) / Double(InputAxis.levels.count - 1)
    func x(_ level: Int) -> Double { area.left + Double(level) * step }
    let y = LinearScale(
      covering: spider.lines.flatMap(\.rnpv), from: area.bottom, to: area.top)
    let symbol = AmountFormat.symbol(currency: currency)
    var content = area.yAxis(y) { AmountFormat.compact($0, symbol: symbol) }
    content.append(
      .line(x1: area.left, y1: area.bottom, x2: area.right, y2: area.bottom, className: "axis"))
    for (level, name) in InputAxis.levelNames.enumerated() {
      content.append(
        .label(name, x: x(level), y: area.bottom + 17, anchor: "middle", className: "tick x"))
    }
    for (index, line) in spider.lines.enumerated() {
      let className = "curve series-\(index % 4)"
      content.append(
        .path(
          "polyline", line.rnpv.enumerated().map { (x($0), y.position($1)) },
          className: className))
      let top = 12 + Double(index) * 16
      content.append(
        .line(x1: area.left, y1: top - 4, x2: area.left + 28, y2: top - 4, className: className))
      content.append(
        .label(
          labels.text(input: line.axis.input), x: area.left + 36, y: top, anchor: "start",
          className: "name"))
    }
    return Chart(
      title: "The widest inputs across their range",
      caption:
        "The total rNPV as each input runs from its P10 to its P90 (across), every other input at base: the steeper the line, the more the value depends on it; a bend shows an effect that is not linear.",
      area: area, content: content)
  }
}
