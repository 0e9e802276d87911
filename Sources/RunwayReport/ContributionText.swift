import RunwayEngine

/// What drives the spread of the value, as a table: the share of the
/// variance each input and development outcome explains alone.
enum ContributionText {
  /// Rows shown: the factors beyond these explain little.
  static let rowCount = 8

  /// The factors that explain most, largest first; none when the run kept
  /// no global sensitivity (a certain value).
  static func factors(_ result: ValuationResult) -> [GlobalSensitivity.Factor] {
    let factors = result.contributions?.factors ?? []
    return Array(factors.sorted { $0.firstOrder > $1.firstOrder }.prefix(rowCount))
  }

  /// `nil` when there is nothing to show.
  static func table(_ result: ValuationResult, labels: InputLabel) -> ReportTable? {
    guard let contributions = result.contributions, !factors(result).isEmpty else { return nil }
    return ReportTable(
      header: ["factor", "explains alone", "path"],
      rows: factors(result).map { factor in
        // A development outcome is no field: its readouts are in the tornado.
        let path = factor.name.hasSuffix(InputLabel.outcomeSuffix) ? "" : factor.name
        return [labels.text(factor: factor.name), Percent.text(factor.firstOrder), path]
      }, textColumns: 1, caption: caption(contributions))
  }

  /// What the shares are, and why they need not add up.
  static func caption(_ contributions: GlobalSensitivity) -> String {
    "Every input and each programme's development outcome (how many phases it passes; programmes that share a readout together) moving at once, on \(AmountFormat.grouped(Double(contributions.paths), decimals: 0)) paths: "
      + "the share of the variance of the value each explains alone, the spread of the value's mean across its values. "
      + "The shares need not add up to 100%: the rest comes from factors acting together (sales count only once the programme is approved)."
  }
}
