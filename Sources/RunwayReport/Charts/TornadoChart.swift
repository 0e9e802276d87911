import RunwayEngine

/// What drives the rNPV: one horizontal bar per uncertain input or event,
/// from the rNPV with the input at its P10 (the event failing) to the rNPV
/// with it at its P90 (succeeding), about a line at the rNPV with every
/// input at base; the widest bar on top, each named in words.
enum TornadoChart {
  /// Bars drawn: the inputs beyond these move the value least.
  static let barCount = 10

  static func chart(_ tornado: Tornado, currency: String, labels: InputLabel) -> Chart {
    let rowHeight = 30.0
    let bars = Array(tornado.bars.prefix(barCount))
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
      let lines = Self.lines(labels.text(bar))
      for (index, line) in lines.enumerated() {
        let y = top + 19 + (Double(index) - Double(lines.count - 1) / 2) * 12
        content.append(.label(line, x: area.left - 8, y: y, anchor: "end", className: "name"))
      }
      content.append(
        .label(
          AmountFormat.compact(bar.range, symbol: symbol), x: area.width - 4, y: top + 19,
          anchor: "end", className: "value"))
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

  /// Characters that fit the names' margin on one line (11 px text, at
  /// most 6.6 px a character).
  static let lineLength = 38

  /// A name on at most two lines, broken at the space nearest the middle;
  /// longer, the second line ends in "…".
  static func lines(_ name: String) -> [String] {
    guard name.count > lineLength else { return [name] }
    let characters = Array(name)
    let spaces = characters.indices.filter { characters[$0] == " " && $0 <= lineLength }
    guard let cut = spaces.min(by: { abs($0 - name.count / 2) < abs($1 - name.count / 2) })
    else { return [String(characters.prefix(lineLength - 1)) + "…"] }
    let rest = String(characters[(cut + 1)...])
    let second = rest.count > lineLength ? String(rest.prefix(lineLength - 1)) + "…" : rest
    return [String(characters[..<cut]), second]
  }
}
