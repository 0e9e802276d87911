import RunwayEngine

/// The cumulative cash position over time: the P10–P90 band across paths,
/// the median and the mean, on a scale that shows the funding trough.
enum FanChart {
  static func chart(_ periods: [PeriodResult], startingCash: Double?, currency: String) -> Chart {
    let area = PlotArea(width: 720, height: 300, left: 56, top: 16, right: 24, bottom: 32)
    let bands = periods.map(\.cashPosition)
    // The scale follows the cash: the trough, the median and the mean, and
    // the band's top at most half their span above them, so that a long
    // P90 tail does not flatten the funding trough into a line.
    let core: [Double] = [0] + bands.flatMap { [$0.p10, $0.p50, $0.mean] }
    let (lowest, highest) = (core.min() ?? 0, core.max() ?? 0)
    let ceiling = highest + max(highest - lowest, 1) / 2
    let clipped = bands.firstIndex { $0.p90 > ceiling }
    let y = LinearScale(
      covering: core + bands.map { min($0.p90, ceiling) }, from: area.bottom, to: area.top)
    let slot = (area.right - area.left) / Double(max(periods.count, 1))
    func x(_ index: Int) -> Double { area.left + (Double(index) + 0.5) * slot }
    let symbol = AmountFormat.symbol(currency: currency)
    var content = area.yAxis(y) { AmountFormat.compact($0, symbol: symbol) }
    content.append(
      .line(x1: area.left, y1: area.bottom, x2: area.right, y2: area.bottom, className: "axis"))
    // About a dozen labels at most, so that they never overlap.
    let every = max(1, (periods.count + 11) / 12)
    for (index, period) in periods.enumerated() where index % every == 0 {
      content.append(
        .label(
          period.period, x: x(index), y: area.bottom + 17, anchor: "middle", className: "tick x"))
    }
    let upper = bands.indices.map { (x($0), y.position(min(bands[$0].p90, ceiling))) }
    let lower = bands.indices.reversed().map { (x($0), y.position(bands[$0].p10)) }
    content.append(.path("polygon", upper + lower, className: "band"))
    content.append(
      .path(
        "polyline", bands.indices.map { (x($0), y.position(bands[$0].mean)) }, className: "mean"))
    content.append(
      .path(
        "polyline", bands.indices.map { (x($0), y.position(bands[$0].p50)) }, className: "median"))
    let start =
      startingCash.map { " from a starting cash of \(AmountFormat.compact($0, symbol: symbol))" }
      ?? ""
    let beyond =
      clipped.map { index in
        " From \(periods[index].period) the P90 rises above the chart, to \(AmountFormat.compact(bands.map(\.p90).max() ?? 0, symbol: symbol)) at most."
      } ?? ""
    return Chart(
      title: "Cumulative cash position",
      caption:
        "Cash at the end of each period\(start): P10–P90 band across paths (shaded), median (solid) and mean (dashed).\(beyond)",
      area: area, content: content)
  }
}
