import RunwayEngine

/// The cumulative distribution of the total NPV (the S-curve).
///
/// For any amount, the probability that the NPV is at most that amount.
/// Several scenarios' curves share one chart when they are compared.
enum SCurveChart {
  static func chart(_ distribution: NPVDistribution, currency: String) -> Chart {
    chart([("", distribution)], currency: currency)
  }

  /// One curve per labelled distribution, told apart by colour and dash
  /// (so that they survive a black-and-white print), with a legend when
  /// there is more than one.
  static func chart(_ curves: [(label: String, distribution: NPVDistribution)], currency: String)
    -> Chart
  {
    let legendHeight = curves.count > 1 ? Double(curves.count) * 16 + 8 : 0
    let area = PlotArea(
      width: 720, height: 280 + legendHeight, left: 56, top: 16 + legendHeight, right: 24,
      bottom: 32)
    // P1 to P99: the mass, not a tail that would squeeze it into a line.
    let shown = { (quantiles: [Double]) in Array(quantiles.dropFirst().dropLast()) }
    let x = LinearScale(
      covering: curves.flatMap { shown($0.distribution.quantiles) }, from: area.left,
      to: area.right)
    let y = LinearScale(covering: [0, 1], from: area.bottom, to: area.top)
    let symbol = AmountFormat.symbol(currency: currency)
    var content = area.yAxis(y) { Percent.text($0) }
    content += area.xAxis(x) { AmountFormat.compact($0, symbol: symbol) }
    for (index, curve) in curves.enumerated() {
      let quantiles = curve.distribution.quantiles
      let levels = quantiles.indices.map { Double($0) / Double(quantiles.count - 1) }
      let className = "curve series-\(index % 4)"
      content.append(
        .path(
          "polyline",
          zip(quantiles, levels).dropFirst().dropLast().map { (x.position($0), y.position($1)) },
          className: className))
      if curves.count > 1 {
        let top = 12 + Double(index) * 16
        content.append(
          .line(x1: area.left, y1: top - 4, x2: area.left + 28, y2: top - 4, className: className))
        content.append(
          .label(curve.label, x: area.left + 36, y: top, anchor: "start", className: "name"))
      }
    }
    return Chart(
      title: "Cumulative distribution of NPV",
      caption:
        "The probability that the NPV is at most a given amount (the S-curve), from its P1 to its P99: 1% of paths lie beyond each end.",
      area: area, content: content)
  }
}
