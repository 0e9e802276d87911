import RunwayEngine
import RunwayNumerics

/// The workbook's Distribution sheet: the Monte Carlo summary of the
/// value, its percentile at every whole percent, the histogram's bins,
/// and the first paths' values, from which a user can draw a chart of
/// their own.
struct DistributionSheet {
  static let name = "Distribution"
  /// How many paths' values the sheet lists.
  static let listedPaths = 10_000
  private(set) var sheet = Worksheet(name: name, widths: [34, 18, 18])
  /// The summary's cells, by figure, for the Summary sheet.
  private(set) var figures: [Figure: CellAddress] = [:]

  enum Figure: CaseIterable {
    case mean, standardError, p10, p50, p90, probabilityOfLoss, tailMean
  }

  /// `values` is the headline's value on each path.
  init(_ result: ValuationResult, values: [Double]) {
    let sample = result.monteCarlo
    let subject =
      result.portfolio == nil
      ? "The value (financing left out)"
      : "The value of \(result.subject) (with minus without, path by path)"
    sheet.append([.heading("\(subject): its Monte Carlo distribution")])
    sheet.append([.text("Paths"), .number(Double(result.paths), .count)])
    let rows: [(String, Figure?, WorkbookCell)] = [
      ("Mean", .mean, .amount(sample.mean)),
      ("Standard error of the mean", .standardError, .amount(sample.standardError)),
      ("Standard deviation", nil, .amount(sample.standardDeviation)),
      ("Probability of a loss", .probabilityOfLoss, .number(sample.probabilityNegative, .share)),
      ("Mean of the worst 5 % of paths", .tailMean, .amount(sample.tailMean5)),
      ("P5", nil, .amount(sample.percentiles.p5)),
      ("P10", .p10, .amount(sample.percentiles.p10)),
      ("P50", .p50, .amount(sample.percentiles.p50)),
      ("P90", .p90, .amount(sample.percentiles.p90)),
      ("P95", nil, .amount(sample.percentiles.p95)),
    ]
    for (label, figure, cell) in rows {
      let row = sheet.append([.text(label), cell])
      if let figure { figures[figure] = sheet.address(row: row, column: 1) }
    }
    sheet.skip()
    sheet.append([.heading("Percentile (PERCENTILE.INC over every path)"), .heading("Value")])
    for (level, value) in result.distribution.quantiles.enumerated() {
      sheet.append([.number(Double(level) / 100, .share), .amount(value)])
    }
    sheet.skip()
    appendHistogram(result.distribution.histogram)
    sheet.skip()
    let listed = min(values.count, Self.listedPaths)
    sheet.append([.heading("The first \(listed) paths"), .heading("Value")])
    for (index, value) in values.prefix(listed).enumerated() {
      sheet.append([.number(Double(index + 1), .count), .amount(value)])
    }
  }

  private mutating func appendHistogram(_ histogram: Histogram) {
    sheet.append([.heading("Histogram: from"), .heading("to"), .heading("Paths")])
    let width = histogram.width
    for (bin, count) in histogram.counts.enumerated() {
      let lower = histogram.lower + Double(bin) * width
      let upper = bin == histogram.counts.count - 1 ? histogram.upper : lower + width
      sheet.append([.amount(lower), .amount(upper), .number(Double(count), .count)])
    }
    sheet.append([
      .text("Below the first bin"), .empty, .number(Double(histogram.below), .count),
    ])
    sheet.append([.text("Above the last bin"), .empty, .number(Double(histogram.above), .count)])
  }
}
