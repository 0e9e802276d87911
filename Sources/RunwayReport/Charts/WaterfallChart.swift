import RunwayEngine

/// The rNPV built up component by component.
///
/// Each bar starts where the previous one ended, and the last is the
/// total: the portfolio's, even when a subject heads the report. Financing
/// is not value, so it has no bar. The small components share one bar, so
/// that the steps a board weighs stand out (the components table lists
/// them all).
enum WaterfallChart {
  /// A component worth less than this share of the largest joins the
  /// others' bar.
  static let smallShare = 0.02

  static func chart(_ result: ValuationResult) -> Chart {
    let components = result.components.filter { $0.section != "financing" }
    let largest = components.map { abs($0.rnpv) }.max() ?? 0
    let small = components.filter { abs($0.rnpv) < smallShare * largest }
    let rows =
      small.count < 2
      ? components.map { ($0.name, $0.rnpv) }
      : components.filter { abs($0.rnpv) >= smallShare * largest }.map { ($0.name, $0.rnpv) }
        + [("\(small.count) smaller components", small.reduce(0) { $0 + $1.rnpv })]
    let rowHeight = ChartLabel.rowHeight(rows.map(\.0), bar: 28)
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
      content += ChartLabel.row(
        name, value: AmountFormat.compact(to - from, symbol: symbol), top: top, height: rowHeight,
        in: area)
    }
    content.append(
      .line(x1: x.position(0), y1: area.top, x2: x.position(0), y2: area.bottom, className: "zero"))
    return Chart(
      title: "rNPV by component",
      caption: "Each component's risk-adjusted value, added in turn to reach the total rNPV"
        + (small.count < 2
          ? "."
          : "; the \(small.count) worth less than \(Percent.text(smallShare)) of the largest share one bar."),
      area: area, content: content)
  }
}
