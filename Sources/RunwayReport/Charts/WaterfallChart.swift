import RunwayEngine

/// The rNPV built up component by component.
///
/// Each bar starts where the previous one ended, and the last is the
/// total: the portfolio's, even when a subject heads the report. Financing
/// is not value, so it has no bar.
enum WaterfallChart {
  static func chart(_ result: ValuationResult) -> Chart {
    let rowHeight = 28.0
    let rows = result.components.filter { $0.section != "financing" }.map { ($0.name, $0.rnpv) }
    let height = Double(rows.count + 1) * rowHeight + 48
    let area = PlotArea(width: 720, height: height, left: 270, top: 8, right: 84, bottom: 32)
    var ends = [0.0]
    for (_, value) in rows { ends.append(ends[ends.count - 1] + value) }
    let x = LinearScale(covering: ends, from: area.left, to: area.right, ticks: 4)
    let symbol = AmountFormat.symbol(currency: result.currency)
    var content = area.xAxis(x) { AmountFormat.compact($0, symbol: symbol) }
    let bars =
      rows.enumerated().map { ($1.0, ends[$0], ends[$0 + 1], $1.1 < 0 ? "step loss" : "step") }
      + [
        result.portfolio.map { ("Portfolio rNPV", 0, $0.rnpv, "step total") }
          ?? ("Total rNPV", 0, result.rnpv, "step total")
      ]
    for (row, (name, from, to, className)) in bars.enumerated() {
      let top = area.top + Double(row) * rowHeight
      let left = x.position(min(from, to))
      content.append(
        .rect(
          x: left, y: top + 4, width: max(x.position(max(from, to)) - left, 0.5),
          height: rowHeight - 8, className: className))
      content += ChartLabel.nodes(name, x: area.left - 8, y: top + 18)
      content.append(
        .label(
          AmountFormat.compact(to - from, symbol: symbol), x: area.width - 4, y: top + 18,
          anchor: "end", className: "value"))
    }
    content.append(
      .line(x1: x.position(0), y1: area.top, x2: x.position(0), y2: area.bottom, className: "zero"))
    return Chart(
      title: "rNPV by component",
      caption: "Each component's risk-adjusted value, added in turn to reach the total rNPV.",
      area: area, content: content)
  }
}
