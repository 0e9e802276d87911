import RunwayEngine

/// The cumulative distribution of the total NPV (the S-curve): for any
/// amount, the probability that the NPV is at most that amount.
enum SCurveChart {
  static func chart(_ distribution: NPVDistribution, currency: String) -> Chart {
    let area = PlotArea(width: 720, height: 280, left: 56, top: 16, right: 24, bottom: 32)
    let quantiles = distribution.quantiles
    let x = LinearScale(covering: quantiles, from: area.left, to: area.right)
    let y = LinearScale(covering: [0, 1], from: area.bottom, to: area.top)
    let symbol = AmountFormat.symbol(currency: currency)
    var content = area.yAxis(y) { Percent.text($0) }
    content += area.xAxis(x) { AmountFormat.compact($0, symbol: symbol) }
    let levels = quantiles.indices.map { Double($0) / Double(quantiles.count - 1) }
    content.append(
      .path(
        "polyline", zip(quantiles, levels).map { (x.position($0), y.position($1)) },
        className: "curve"))
    return Chart(
      title: "Cumulative distribution of NPV",
      caption: "The probability that the NPV is at most a given amount (the S-curve).",
      area: area, content: content)
  }
}
