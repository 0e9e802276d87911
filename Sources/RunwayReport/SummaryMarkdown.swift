import RunwayEngine

/// `summary.md`: the one-page board summary, in Markdown.
public enum SummaryMarkdown {
  public static func text(_ result: ValuationResult, provenance: Provenance) -> String {
    let summary = BoardSummary(result, provenance: provenance)
    var lines = [
      "# \(MarkdownText.escaped(summary.title))", "",
      "**\(MarkdownText.escaped(summary.question))**", "",
      MarkdownText.escaped(summary.answer), "",
    ]
    if let equity = summary.equity { lines += [MarkdownText.escaped(equity), ""] }
    lines += [MarkdownText.escaped(summary.cashNeed), ""]
    if !summary.risks.isEmpty {
      lines += ["## What moves the value most", ""] + bullets(summary.risks)
    }
    lines += ["## Warnings", ""]
    lines +=
      summary.warnings.isEmpty
      ? ["None: the file validates without a warning.", ""] : bullets(summary.warnings)
    lines += [
      "## Headline", "", MarkdownText.escaped(summary.sentence), "", summary.headline.markdown,
    ]
    if let increments = summary.increments {
      lines += ["## Each deal's own value", "", increments.markdown]
    }
    if let economics = summary.dealEconomics {
      lines += ["## Deal economics", "", economics.markdown]
    }
    lines += ["## Value bridge", "", summary.bridge.markdown]
    if let parts = summary.sumOfTheParts {
      lines += ["## Sum of the parts", "", parts.markdown]
    }
    if let trees = summary.probabilityTrees {
      lines += ["## Probability trees", "", trees.markdown]
    }
    if let scenarios = summary.scenarios {
      lines += ["## Scenarios", "", scenarios.markdown]
    }
    if let decisions = summary.decisions {
      lines += ["## Decisions", "", decisions.markdown]
    }
    lines += ["## Financing", "", summary.financing.markdown]
    if !summary.advanceSchedules.isEmpty {
      lines +=
        ["## Recoverable advances, year by year", ""] + summary.advanceSchedules.map(\.markdown)
    }
    lines += ["## Components", "", summary.components.markdown]
    if !summary.notes.isEmpty { lines += bullets(summary.notes) }
    for table in [summary.liabilities, summary.counterparties].compactMap(\.self) {
      lines.append(table.markdown)
    }
    if let drivers = summary.drivers {
      lines += ["## What drives the value", "", drivers.markdown]
      lines += summary.contributions.map { [$0.markdown] } ?? []
      lines += summary.twoWayTables.map(\.markdown)
    }
    if let assumptions = summary.assumptions {
      lines += ["## Key assumptions", "", assumptions.markdown]
    }
    lines += ["## Provenance", ""] + summary.provenance.markdownList
    return lines.joined(separator: "\n") + "\n"
  }

  /// Sentences as a Markdown list, and the blank line after it.
  private static func bullets(_ sentences: [String]) -> [String] {
    sentences.map { "- \(MarkdownText.escaped($0))" } + [""]
  }
}
