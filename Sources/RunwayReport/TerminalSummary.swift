import RunwayEngine

/// The compact summary `runway run` prints on the terminal: the headline
/// figures and one line per component.
public enum TerminalSummary {
  public static func text(_ result: ValuationResult) -> String {
    let currency = result.currency
    func amount(_ value: Double) -> String { AmountFormat.compact(value) }
    var lines = [
      "\(result.name) (\(result.scenario)), valued at \(result.valuationDate) in \(currency)",
      "\(AmountFormat.grouped(Double(result.paths))) paths, seed \(result.seed)",
      "",
      result.question,
      Headline.answer(result),
    ]
    if let equity = Headline.equity(result) { lines.append(equity) }
    lines += [Headline.cashNeed(result), ""]
    let headline = ReportTable(
      header: ["", currency], rows: Headline.rows(result) + Headline.irrRows(result))
    let bridge = ReportTable(
      header: ["value bridge", "rNPV", "MC mean", "P10", "P90"],
      rows: result.bridge.lines.filter { $0.kind != "per-share" }.map { line in
        [line.label, amount(line.rnpv), amount(line.mean), amount(line.p10), amount(line.p90)]
      })
    let components = ReportTable(
      header: ["component", "kind", "NPV", "rNPV", "MC mean", "P10", "P90"],
      rows: result.components.map { component in
        [
          component.id,
          component.section == "financing" ? "\(component.kind), financing" : component.kind,
          amount(component.npv), amount(component.rnpv),
          amount(component.mean), amount(component.monteCarlo.percentiles.p10),
          amount(component.monteCarlo.percentiles.p90),
        ]
      })
    lines.append(headline.text)
    if let decisions = result.decisions {
      lines.append(
        "The option to stop at gates adds \(amount(decisions.optionValue)) "
          + "(rNPV \(amount(decisions.rnpvWithoutOption)) if every programme went on).\n")
    }
    if let increments = result.increments {
      lines.append(
        ReportTable(
          header: ["deal's own value", "our rNPV", "MC mean", "±", "their rNPV"],
          rows: increments.rows.map { item in
            [
              item.id, amount(item.rnpv), amount(item.monteCarlo.mean),
              amount(item.monteCarlo.standardError), item.counterpartyRNPV.map(amount) ?? "",
            ]
          }
        ).text)
    }
    lines.append(bridge.text)
    lines.append(components.text)
    for warning in result.warnings { lines.append("warning: \(warning)") }
    // The tables end with a newline; a last warning needs its own.
    return lines.joined(separator: "\n") + (result.warnings.isEmpty ? "" : "\n")
  }
}
