import RunwayEngine

/// The CSV files of a report, built from a result only.
public enum ReportCSV {
  /// `cashflows.csv`: per period, the expected flow (Monte Carlo and
  /// analytic), its P10 and P90, the cash position's band, and each
  /// component's expected flow.
  public static func cashflows(_ result: ValuationResult) -> CSVTable {
    let ids = result.components.map(\.id)
    var table = CSVTable(
      header: [
        "period", "start", "end", "expected", "p10", "p90", "analytic", "cash mean", "cash p10",
        "cash p50", "cash p90",
      ] + ids)
    for period in result.cashflows {
      table.append(
        [period.period, period.start, period.end]
          + [
            period.expected, period.p10, period.p90, period.analytic, period.cashPosition.mean,
            period.cashPosition.p10, period.cashPosition.p50, period.cashPosition.p90,
          ].map(CSVNumber.amount)
          + ids.map { CSVNumber.amount(period.components[$0] ?? 0) })
    }
    return table
  }

  /// `percentiles.csv`: the distribution of the total and of each
  /// component, a statistic per row.
  public static func percentiles(_ result: ValuationResult) -> CSVTable {
    var table = CSVTable(header: ["statistic", "total"] + result.components.map(\.id))
    let all = [result.monteCarlo] + result.components.map(\.monteCarlo)
    let rows: [(String, (SampleFigures) -> Double)] = [
      ("mean", \.mean), ("standard error", \.standardError),
      ("standard deviation", \.standardDeviation), ("p5", \.percentiles.p5),
      ("p10", \.percentiles.p10), ("p50", \.percentiles.p50), ("p90", \.percentiles.p90),
      ("p95", \.percentiles.p95), ("mean of worst 5%", \.tailMean5),
    ]
    for (name, figure) in rows { table.append([name] + all.map { CSVNumber.amount(figure($0)) }) }
    table.append(
      ["probability of a loss"] + all.map { CSVNumber.share($0.probabilityNegative) })
    return table
  }

  /// `components.csv`: each component's NPV, rNPV and Monte Carlo mean,
  /// with its liability and counterparty figures where they exist.
  public static func components(_ result: ValuationResult) -> CSVTable {
    var table = CSVTable(
      header: [
        "id", "name", "kind", "counterparty", "npv", "rnpv", "mean", "standard error",
        "liability rnpv", "counterparty rnpv",
      ])
    for component in result.components {
      table.append(
        [component.id, component.name, component.kind, component.counterparty ?? ""]
          + [component.npv, component.rnpv, component.mean, component.monteCarlo.standardError]
          .map(CSVNumber.amount)
          + [
            component.liability.map { CSVNumber.amount($0.rnpv) } ?? "",
            component.counterpartyValue.map { CSVNumber.amount($0.rnpv) } ?? "",
          ])
    }
    return table
  }
}
