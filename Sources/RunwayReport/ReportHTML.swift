import Plot
import RunwayEngine

/// `report.html`: the board summary with its charts, in one standalone
/// file (inline CSS and SVG, no script, font or image from elsewhere) that
/// reads on a laptop and prints on A4.
public enum ReportHTML {
  public static func text(_ result: ValuationResult, provenance: Provenance) -> String {
    let summary = BoardSummary(result, provenance: provenance)
    let currency = result.currency
    var sections: [Node<HTML.BodyContext>] = [
      .h1(.text(summary.title)),
      .p(.class("question"), .strong(.text(summary.question))),
      .p(.class("answer"), .text(summary.answer)),
      .p(.class("answer"), .text(summary.cashNeed)),
      .p(.class("lede"), .text(summary.sentence)),
      .section(
        .h2("Headline"),
        table(summary.headline),
        HistogramChart.chart(
          result.distribution, percentiles: result.monteCarlo.percentiles, currency: currency
        ).figure,
        SCurveChart.chart(result.distribution, currency: currency).figure),
      .unwrap(summary.increments) { .section(.h2("Each deal's own value"), table($0)) },
      .section(.h2("Value bridge"), table(summary.bridge)),
      .unwrap(summary.sumOfTheParts) { .section(.h2("Sum of the parts"), table($0)) },
      .unwrap(summary.decisions) { .section(.h2("Decisions"), table($0)) },
      .section(.h2("Financing"), table(summary.financing)),
      .section(
        .h2("Components"),
        table(summary.components),
        .unwrap(summary.liabilities) { table($0) },
        .unwrap(summary.counterparties) { table($0) },
        WaterfallChart.chart(result).figure),
      .section(
        .h2("Cash"),
        FanChart.chart(
          result.cashflows, startingCash: result.cash.startingCash, currency: currency
        ).figure),
    ]
    if let drivers = summary.drivers {
      sections.append(
        .section(
          .h2("What drives the value"),
          TornadoChart.chart(result.tornado, currency: currency).figure,
          table(drivers)))
    }
    if let assumptions = summary.assumptions {
      sections.append(.section(.h2("Key assumptions"), table(assumptions)))
    }
    if !summary.warnings.isEmpty {
      sections.append(
        .section(.h2("Warnings"), .ul(.forEach(summary.warnings) { .li(.text($0)) })))
    }
    sections.append(.section(.h2("Provenance"), table(summary.provenance)))
    return page(title: summary.title, sections: sections)
  }

  /// A standalone page of `sections` under the report's style.
  static func page(title: String, sections: [Node<HTML.BodyContext>]) -> String {
    let page = HTML(
      .lang(.english),
      .head(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .element(named: "title", text: title),
        .style(ReportStyle.css)),
      .body(.main(.group(sections))))
    return page.render(indentedBy: .spaces(1)) + "\n"
  }

  /// A table with its figures right-aligned, after its caption; a header
  /// of empty cells is left out.
  static func table(_ table: ReportTable) -> Node<HTML.BodyContext> {
    func cells(_ row: [String], _ cell: (Node<HTML.BodyContext>...) -> Node<HTML.TableRowContext>)
      -> Node<HTML.TableContext>
    {
      .tr(
        .forEach(row.enumerated()) { column, text in
          column < table.textColumns ? cell(.text(text)) : cell(.class("num"), .text(text))
        })
    }
    return .group(
      .unwrap(table.caption) { .p(.text($0)) },
      .table(
        .if(table.header.contains { !$0.isEmpty }, .thead(cells(table.header, Node.th))),
        .tbody(.forEach(table.rows) { cells($0, Node.td) })))
  }
}
