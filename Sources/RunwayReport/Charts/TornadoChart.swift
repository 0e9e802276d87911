import RunwayEngine

/// What drives the rNPV: one horizontal bar per uncertain input or event,
/// from the rNPV with the input at its P10 (the event failing) to the rNPV
/// with it at its P90 (succeeding), about a line at the rNPV with every
/// input at base; the widest bar on top, each named in words.
enum TornadoChart {
  /// Bars drawn: the inputs beyond these move the value least.
  static let barCount = 10

  static func chart(_ tornado: Tornado, currency: String, labels: InputLabel) -> Chart {
    let bars = Array(tornado.bars.prefix(barCount))
    let rowHeight = ChartLabel.rowHeight(bars.map(labels.text), bar: 30)
    let area = PlotArea(
      width: 720, height: Double(bars.count) * rowHeight + 44, left: 270, top: 8, right: 84,
      bottom: 32)
    let ends = [tornado.base] + bars.flatMap { [$0.rnpvAtLow, $0.rnpvAtHigh] }
    let x = LinearScale(covering: ends, from: area.left, to: area.right, ticks: 4)
    let symbol = AmountFormat.symbol(currency: currency)
    var content = area.xAxis(x) { AmountFormat.compact($0, symbol: symbol) }
    for (row, bar) in bars.enumerated() {
      let top = area.top + Double(row) * rowHeight
      for (end, className) in [(bar.rnpvAtLow, "swing low"), (bar.rnpvAtHigh, "swing high")] {
        let left = x.position(min(end, tornado.base))
        content.append(
          .rect(
            x: left, y: top + 4, width: max(x.position(max(end, tornado.base)) - left, 0.5),
            height: rowHeight - 8, className: className))
      }
      content += ChartLabel.row(
        labels.text(bar), value: AmountFormat.compact(bar.range, symbol: symbol), top: top,
        height: rowHeight, in: area)
    }
    let base = x.position(tornado.base)
    content.append(.line(x1: base, y1: area.top, x2: base, y2: area.bottom, className: "marker"))
    return Chart(
      title: "What drives the rNPV",
      caption:
        "Each input swung to its P10 (light) and its P90 (dark), each event forced to fail (light) and to succeed (dark), every other input at base; "
        + "the dashed line is the rNPV at base, \(AmountFormat.compact(tornado.base, symbol: symbol)). "
        + "The figure on the right is the swing.",
      area: area, content: content)
  }
}
