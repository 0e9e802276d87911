import RunwayEngine

/// The running Monte Carlo mean as paths are added, with its 95 % band
/// (±1.96 standard errors), against the analytic rNPV: whether the paths
/// run were enough, and whether the two figures agree.
enum ConvergenceChart {
  /// The first fiftieth of the paths is left out: its band is so wide that
  /// it would squeeze the rest into a line.
  static let shownFrom = 0.02

  static func chart(_ convergence: Convergence, rnpv: Double, currency: String) -> Chart? {
    let total = convergence.points.last?.paths ?? 0
    let points = convergence.points.filter { Double($0.paths) >= shownFrom * Double(total) }
    // A certain value has nothing to converge to.
    guard points.count > 1, points.contains(where: { $0.standardError > 0 }) else { return nil }
    let area = PlotArea(width: 720, height: 240, left: 56, top: 16, right: 24, bottom: 32)
    let x = LinearScale(covering: [0, Double(total)], from: area.left, to: area.right)
    let band = 1.96
    let y = LinearScale(
      covering: [rnpv]
        + points.flatMap {
          [$0.mean - band * $0.standardError, $0.mean + band * $0.standardError]
        }, from: area.bottom, to: area.top)
    let symbol = AmountFormat.symbol(currency: currency)
    var content = area.yAxis(y) { AmountFormat.compact($0, symbol: symbol) }
    content += area.xAxis(x) { AmountFormat.compact($0, symbol: "") }
    let upper = points.map {
      (x.position(Double($0.paths)), y.position($0.mean + band * $0.standardError))
    }
    let lower = points.reversed().map {
      (x.position(Double($0.paths)), y.position($0.mean - band * $0.standardError))
    }
    content.append(.path("polygon", upper + lower, className: "band"))
    content.append(
      .line(
        x1: area.left, y1: y.position(rnpv), x2: area.right, y2: y.position(rnpv),
        className: "marker"))
    content.append(
      .path(
        "polyline", points.map { (x.position(Double($0.paths)), y.position($0.mean)) },
        className: "curve series-0"))
    return Chart(
      title: "Convergence of the Monte Carlo mean",
      caption:
        "The mean NPV over the first paths (line), its 95% band (±1.96 standard errors, shaded), and the analytic rNPV (straight line), from \(AmountFormat.grouped(Double(points[0].paths))) to \(AmountFormat.grouped(Double(total))) paths. The band narrows as one over the square root of the paths.",
      area: area, content: content)
  }
}
