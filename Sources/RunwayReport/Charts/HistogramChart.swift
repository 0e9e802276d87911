import RunwayEngine
import RunwayNumerics

/// The histogram of the total NPV across paths, with P10, P50 and P90
/// marked: what the spread of outcomes looks like.
enum HistogramChart {
  static func chart(_ distribution: NPVDistribution, percentiles: Percentiles, currency: String)
    -> Chart
  {
    let area = PlotArea(width: 720, height: 300, left: 56, top: 52, right: 24, bottom: 32)
    let histogram = distribution.histogram
    let markers = [("P10", percentiles.p10), ("P50", percentiles.p50), ("P90", percentiles.p90)]
    let x = LinearScale(
      covering: [histogram.lower, histogram.upper] + markers.map(\.1), from: area.left,
      to: area.right)
    let total = Double(histogram.counts.reduce(0, +) + histogram.below + histogram.above)
    let shares = histogram.counts.map { Double($0) / total }
    let y = LinearScale(covering: [0] + shares, from: area.bottom, to: area.top, ticks: 4)
    let symbol = AmountFormat.symbol(currency: currency)
    var content = area.yAxis(y) { Percent.text($0) }
    content += area.xAxis(x) { AmountFormat.compact($0, symbol: symbol) }
    for (bin, share) in shares.enumerated() where share > 0 {
      let low = histogram.lower + Double(bin) * histogram.width
      let left = x.position(low)
      let right = x.position(low + histogram.width)
      content.append(
        .rect(
          x: left, y: y.position(share), width: max(right - left - 1, 0.5),
          height: y.position(0) - y.position(share),
          className: low + histogram.width <= 0 ? "bar loss" : "bar"))
    }
    for (row, (name, value)) in markers.enumerated() {
      let position = x.position(value)
      let labelY = 14 + Double(row) * 13
      content.append(
        .line(
          x1: position, y1: labelY + 4, x2: position, y2: area.bottom, className: "marker",
          extra: [("data-percentile", name)]))
      let onLeftHalf = position < (area.left + area.right) / 2
      content.append(
        .label(
          "\(name) \(AmountFormat.compact(value, symbol: symbol))",
          x: position + (onLeftHalf ? 4 : -4), y: labelY, anchor: onLeftHalf ? "start" : "end",
          className: "marker-label"))
    }
    var caption =
      "NPV across Monte Carlo paths: the share of paths in each range, with P10, P50 and P90 marked."
    if histogram.below + histogram.above > 0 {
      caption +=
        " Not drawn: \(Percent.text(Double(histogram.below) / total)) of paths below "
        + "\(AmountFormat.compact(histogram.lower, symbol: symbol)) and "
        + "\(Percent.text(Double(histogram.above) / total)) above "
        + "\(AmountFormat.compact(histogram.upper, symbol: symbol))."
    }
    return Chart(
      title: "Distribution of NPV", caption: caption,
      area: area, content: content)
  }
}
