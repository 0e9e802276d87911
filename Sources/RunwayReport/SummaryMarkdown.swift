import Foundation
import RunwayEngine

/// `summary.md`: the one-page board summary, in Markdown.
public enum SummaryMarkdown {
  public static func text(_ result: ValuationResult, provenance: Provenance) -> String {
    let currency = result.currency
    func amount(_ value: Double) -> String { AmountFormat.compact(value) }
    var lines: [String] = []
    lines.append("# \(result.name)")
    lines.append("")
    let counts = Dictionary(
      grouping: result.components,
      by: { $0.kind == "program" ? "programs" : "instruments and deals" }
    )
    .mapValues(\.count)
    lines.append(
      "Valued on \(result.valuationDate) in \(currency) with "
        + "\(AmountFormat.grouped(Double(result.paths))) Monte Carlo paths (seed \(result.seed)): "
        + "\(counts["programs"] ?? 0) development programs and "
        + "\(counts["instruments and deals"] ?? 0) funding instruments and deals; "
        + "the risk-adjusted value is \(amount(result.rnpv)) against \(amount(result.npv)) if every phase succeeds."
    )
    lines.append("")
    lines.append("## Headline")
    lines.append("")
    var headline = Headline.rows(result)
    if let irr = result.irr.unrisked {
      headline.append(["IRR, unrisked flows", Percent.text(irr)])
    }
    if let irr = result.irr.expected {
      headline.append(["IRR, expected flows", Percent.text(irr)])
    }
    let peak = result.cash.peakFundingNeed.percentiles
    headline.append(["Peak funding need (P50 / P90)", "\(amount(peak.p50)) / \(amount(peak.p90))"])
    if let starting = result.cash.startingCash {
      headline.append(["Starting cash", amount(starting)])
      let short = result.cash.runway.first { $0.probabilityBelowZero >= 0.5 }
      headline.append([
        "Cash runway",
        short.map { "cash more likely than not below zero by the end of \($0.year)" }
          ?? "cash stays above zero on most paths to the horizon",
      ])
    }
    lines.append(MarkdownTable(header: ["", currency], rows: headline).text)
    lines.append("## Components")
    lines.append("")
    let total = result.rnpv
    lines.append(
      MarkdownTable(
        header: ["component", "kind", "NPV", "rNPV", "share of rNPV", "MC mean", "P10", "P90"],
        rows: result.components.map { component in
          [
            component.name, component.kind, amount(component.npv), amount(component.rnpv),
            total != 0 ? Percent.text(component.rnpv / total) : "–", amount(component.mean),
            amount(component.monteCarlo.percentiles.p10),
            amount(component.monteCarlo.percentiles.p90),
          ]
        }
      ).text)
    let liabilities = result.components.filter { $0.liability != nil }
    if !liabilities.isEmpty {
      lines.append(
        "Recoverable advances: fair value as a liability (present value of the expected repayments) and net benefit to the company."
      )
      lines.append("")
      lines.append(
        MarkdownTable(
          header: ["advance", "liability (rNPV)", "net benefit (rNPV)"],
          rows: liabilities.map { component in
            [component.name, amount(component.liability?.rnpv ?? 0), amount(component.rnpv)]
          }
        ).text)
    }
    if !result.assumptions.isEmpty {
      lines.append("## Key assumptions")
      lines.append("")
      lines.append(
        MarkdownTable(
          header: ["input", "distribution", "mean", "source"],
          rows: result.assumptions.map { assumption in
            [
              assumption.name, AssumptionText.distribution(assumption),
              assumption.mean.map(AmountFormat.figure) ?? "", assumption.source ?? "",
            ]
          }
        ).text)
    }
    if !result.warnings.isEmpty {
      lines.append("## Warnings")
      lines.append("")
      for warning in result.warnings { lines.append("- \(warning)") }
      lines.append("")
    }
    lines.append("## Provenance")
    lines.append("")
    lines.append("- Scenario: `\(provenance.scenarioFile)` (SHA-256 `\(provenance.sha256)`)")
    if !provenance.overrides.isEmpty {
      lines.append(
        "- Overrides: " + provenance.overrides.map { "`--set \($0)`" }.joined(separator: ", "))
    }
    lines.append(
      "- \(AmountFormat.grouped(Double(result.paths))) paths, seed \(result.seed), \(result.sampling) sampling"
    )
    lines.append("- Runway \(provenance.runwayVersion), run on \(provenance.date)")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A Markdown table; pipes in cells are escaped.
struct MarkdownTable {
  let header: [String]
  let rows: [[String]]

  var text: String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ")
        + " |"
    }
    let rule = "| " + header.map { _ in "---" }.joined(separator: " | ") + " |"
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
