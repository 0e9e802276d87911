import RunwayEngine

/// The compact summary `runway run` prints on the terminal: the headline
/// figures and one line per component.
public enum TerminalSummary {
  public static func text(_ result: ValuationResult) -> String {
    let currency = result.currency
    func amount(_ value: Double) -> String { AmountFormat.compact(value) }
    let mc = result.monteCarlo
    var lines = [
      "\(result.name) (\(result.scenario)), valued at \(result.valuationDate) in \(currency)",
      "\(AmountFormat.grouped(Double(result.paths))) paths, seed \(result.seed)",
      "",
    ]
    let headline = TextTable(
      header: ["", currency],
      rows: [
        ["NPV (unrisked)", amount(result.npv)],
        ["rNPV (analytic)", amount(result.rnpv)],
        ["Monte Carlo mean", "\(amount(mc.mean)) ± \(amount(mc.standardError))"],
        [
          "P10 / P50 / P90",
          "\(amount(mc.percentiles.p10)) / \(amount(mc.percentiles.p50)) / \(amount(mc.percentiles.p90))",
        ],
        ["Probability of a loss", Percent.text(mc.probabilityNegative)],
      ])
    let components = TextTable(
      header: ["component", "kind", "NPV", "rNPV", "MC mean", "P10", "P90"],
      rows: result.components.map { component in
        [
          component.id, component.kind, amount(component.npv), amount(component.rnpv),
          amount(component.mean), amount(component.monteCarlo.percentiles.p10),
          amount(component.monteCarlo.percentiles.p90),
        ]
      })
    lines.append(headline.text)
    lines.append(components.text)
    for warning in result.warnings { lines.append("warning: \(warning)") }
    return lines.joined(separator: "\n")
  }
}
