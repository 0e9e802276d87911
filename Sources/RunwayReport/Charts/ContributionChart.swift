import RunwayEngine

/// What drives the spread of the value: one bar per input or development
/// outcome, as long as the share of the variance it explains alone, the
/// largest on top, each named in words; the outcomes dark, the inputs
/// light.
enum ContributionChart {
  /// `nil` when the run kept no global sensitivity (a certain value).
  static func chart(_ result: ValuationResult, labels: InputLabel) -> Chart? {
    let factors = ContributionText.factors(result)
    guard let contributions = result.contributions, !factors.isEmpty else { return nil }
    let names = factors.map { labels.text(factor: $0.name) }
    let rowHeight = ChartLabel.rowHeight(names, bar: 30)
    let area = PlotArea(
      width: 720, height: Double(factors.count) * rowHeight + 44, left: 270, top: 8, right: 84,
      bottom: 32)
    let x = LinearScale(
      covering: [0] + factors.map(\.firstOrder), from: area.left, to: area.right, ticks: 4)
    var content = area.xAxis(x) { Percent.text($0) }
    for (row, factor) in factors.enumerated() {
      let top = area.top + Double(row) * rowHeight
      let isOutcome = factor.name.hasSuffix(InputLabel.outcomeSuffix)
      content.append(
        .rect(
          x: x.position(0), y: top + 4,
          width: max(x.position(factor.firstOrder) - x.position(0), 0.5),
          height: rowHeight - 8, className: isOutcome ? "swing high" : "swing low"))
      content += ChartLabel.row(
        names[row], value: Percent.text(factor.firstOrder), top: top, height: rowHeight,
        in: area)
    }
    return Chart(
      title: "What drives the spread of the value",
      caption:
        "What drives the spread of the value: the share of its variance each development outcome (dark) and input (light) explains alone, on \(AmountFormat.grouped(Double(contributions.paths), decimals: 0)) paths; the table below says how it is read.",
      area: area, content: content)
  }
}
