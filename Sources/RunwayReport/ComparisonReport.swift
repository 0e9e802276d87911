import Foundation
import Plot
import RunwayEngine

/// The report of `runway compare`: the scenarios' headline figures side by
/// side, each one's difference from the first with its standard error on
/// common random numbers (and what it would be from independent runs), and
/// their S-curves on one chart.
public struct ComparisonReport: Sendable {
  public let comparison: Comparison
  /// Where each scenario came from: its file and overrides.
  let sources: [String]
  let runwayVersion: String
  let date: String

  public init(_ comparison: Comparison, sources: [String], runwayVersion: String, date: String) {
    self.comparison = comparison
    self.sources = sources
    self.runwayVersion = runwayVersion
    self.date = date
  }

  /// Writes the report folder, all or nothing.
  public func write(to folder: URL, printer: HeadlessChromium? = nil) throws {
    try ReportFolder.write(
      [
        ("summary.md", markdown), ("report.html", html),
        ("comparison.json", try ResultJSON.encode(comparison) + "\n"),
        ("comparison.csv", csv.text),
      ], to: folder, printer: printer)
  }

  var title: String {
    "Comparison: " + comparison.entries.map(\.label).joined(separator: " vs ")
  }

  var sentence: String {
    "Each scenario valued on the same \(AmountFormat.grouped(Double(comparison.paths))) "
      + "Monte Carlo paths (seed \(comparison.seed)), in \(comparison.currency): path by path, "
      + "every input, phase and clawback they share takes the same draw, so a difference "
      + "measures the change, not the noise."
  }

  /// An amount in the comparison's currency.
  func amount(_ value: Double) -> String {
    AmountFormat.compact(value, symbol: AmountFormat.symbol(currency: comparison.currency))
  }

  var headline: ReportTable {
    ReportTable(
      header: ["scenario", "NPV", "rNPV", "MC mean", "P10", "P50", "P90", "P(loss)"],
      rows: comparison.entries.map { entry in
        let figures = entry.monteCarlo
        return [
          entry.label, amount(entry.npv), amount(entry.rnpv), amount(figures.mean),
          amount(figures.percentiles.p10), amount(figures.percentiles.p50),
          amount(figures.percentiles.p90), Percent.text(figures.probabilityNegative),
        ]
      })
  }

  var differences: ReportTable? {
    let rows = comparison.entries.compactMap { entry -> [String]? in
      guard let difference = entry.difference else { return nil }
      let ratio = difference.independentStandardError / difference.standardError
      return [
        entry.label, amount(difference.rnpv), amount(difference.mean),
        amount(difference.standardError), amount(difference.independentStandardError),
        // A difference the paths share exactly (a fixed payment) has only
        // rounding left in its standard error.
        difference.standardError > 1e-9 * difference.independentStandardError
          ? String(format: "%.0f×", ratio * ratio) : "exact",
      ]
    }
    guard !rows.isEmpty else { return nil }
    return ReportTable(
      header: [
        "against \(comparison.entries[0].label)", "Δ rNPV", "Δ MC mean", "± s.e.",
        "± s.e. if independent", "variance reduction",
      ],
      rows: rows,
      caption:
        "Differences from the first scenario. The standard error is that of the per-path "
        + "differences; beside it, the standard error two independent runs of the same size "
        + "would have, and how many times smaller the variance is.")
  }

  /// The compared deal in each scenario: both sides, our share, and our
  /// rNPV by payment type.
  var deal: ReportTable? {
    let deals = comparison.entries.compactMap(\.deal)
    guard let id = deals.first?.id else { return nil }
    let types = PaymentType.allCases.map(\.rawValue).filter { type in
      deals.contains { $0.paymentTypes[type] != nil }
    }
    return ReportTable(
      header: ["scenario", "our rNPV", "their rNPV", "our share"] + types,
      rows: comparison.entries.map { entry in
        guard let deal = entry.deal else {
          return [entry.label] + Array(repeating: "–", count: 3 + types.count)
        }
        return [
          entry.label, amount(deal.rnpv), deal.counterpartyRNPV.map(amount) ?? "–",
          deal.ourShare.map(Percent.text) ?? "–",
        ] + types.map { deal.paymentTypes[$0].map(amount) ?? "–" }
      },
      caption:
        "deals.\(id) in each scenario: our rNPV and the counterparty's, our share of both together, and our rNPV by payment type."
    )
  }

  var provenance: ReportTable {
    ReportTable(
      header: ["", ""],
      rows: zip(comparison.entries, sources).map { [$0.label, $1] } + [
        ["Runway version", runwayVersion], ["Run on", date],
      ], textColumns: 2)
  }

  var markdown: String {
    var lines = [
      "# \(MarkdownText.escaped(title))", "", MarkdownText.escaped(sentence), "", "## Headline", "",
      headline.markdown,
    ]
    if let differences { lines += ["## Differences", "", differences.markdown] }
    if let deal { lines += ["## The deal", "", deal.markdown] }
    lines += ["## Provenance", ""] + provenance.markdownList
    return lines.joined(separator: "\n") + "\n"
  }

  /// The tables for a terminal.
  public var terminalText: String {
    let parts =
      [title, "", headline.text] + (differences.map { ["", $0.text] } ?? [])
      + (deal.map { ["", $0.text] } ?? [])
    return parts.joined(separator: "\n")
  }

  var html: String {
    let curves = comparison.entries.map { ($0.label, $0.distribution) }
    return ReportHTML.page(
      title: title,
      sections: [
        .h1(.text(title)), .p(.class("lede"), .text(sentence)),
        .section(
          .h2("Headline"), ReportHTML.table(headline),
          SCurveChart.chart(curves, currency: comparison.currency).figure),
        .unwrap(differences) { .section(.h2("Differences"), ReportHTML.table($0)) },
        .unwrap(deal) { .section(.h2("The deal"), ReportHTML.table($0)) },
        .section(.h2("Provenance"), ReportHTML.table(provenance)),
      ])
  }

  var csv: CSVTable {
    var table = CSVTable(
      header: [
        "scenario", "npv", "rnpv", "mean", "standard error", "p10", "p50", "p90",
        "probability of a loss", "difference", "difference standard error",
        "independent standard error",
      ])
    for entry in comparison.entries {
      let figures = entry.monteCarlo
      let difference = entry.difference
      table.append(
        [entry.label]
          + [
            entry.npv, entry.rnpv, figures.mean, figures.standardError, figures.percentiles.p10,
            figures.percentiles.p50, figures.percentiles.p90,
          ].map(CSVNumber.amount) + [CSVNumber.share(figures.probabilityNegative)]
          + [difference?.mean, difference?.standardError, difference?.independentStandardError]
          .map { $0.map(CSVNumber.amount) ?? "" })
    }
    return table
  }
}
