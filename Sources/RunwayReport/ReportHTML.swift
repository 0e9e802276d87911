import Plot
import RunwayEngine

/// `report.html`: the board summary with its charts, in one standalone
/// file (inline CSS and SVG, no script, font or image from elsewhere) that
/// reads on a laptop and prints on A4.
public enum ReportHTML {
  public static func text(_ result: ValuationResult, provenance: Provenance) -> String {
    let summary = BoardSummary(result, provenance: provenance)
    let currency = result.currency
    // Page 1: the question, the answer, the cash, the risks, the warnings
    // and the value's distribution; the detail follows from page 2.
    var sections: [Node<HTML.BodyContext>] = [
      .section(
        .class("page-one"),
        .h1(.text(summary.title)),
        .p(.class("question"), .strong(.text(summary.question))),
        .p(.class("answer"), .text(summary.answer)),
        .unwrap(summary.equity) { .p(.class("answer"), .text($0)) },
        .p(.class("answer"), .text(summary.cashNeed)),
        .if(!summary.risks.isEmpty, .group(.h2("What moves the value most"), list(summary.risks))),
        .h2("Warnings"),
        summary.warnings.isEmpty
          ? .p("None: the file validates without a warning.") : list(summary.warnings),
        HistogramChart.chart(
          result.distribution, percentiles: result.monteCarlo.percentiles, currency: currency
        ).figure),
      .section(
        .h2("Headline"),
        .p(.class("lede"), .text(summary.sentence)),
        table(summary.headline),
        SCurveChart.chart(result.distribution, currency: currency).figure,
        .unwrap(
          result.convergence.flatMap {
            ConvergenceChart.chart($0, rnpv: result.rnpv, currency: currency)
          }
        ) { $0.figure }),
      .unwrap(summary.increments) { .section(.h2("Each deal's own value"), table($0)) },
      .unwrap(summary.dealEconomics) { .section(.h2("Deal economics"), table($0)) },
      .section(.h2("Value bridge"), table(summary.bridge)),
      .unwrap(summary.sumOfTheParts) { .section(.h2("Sum of the parts"), table($0)) },
      .unwrap(summary.probabilityTrees) { .section(.h2("Probability trees"), table($0)) },
      .unwrap(summary.scenarios) { .section(.h2("Scenarios"), table($0)) },
      .unwrap(summary.decisions) { .section(.h2("Decisions"), table($0)) },
      .section(.h2("Financing"), table(summary.financing)),
      .if(
        !summary.advanceSchedules.isEmpty,
        .section(
          .h2("Recoverable advances, year by year"),
          .forEach(summary.advanceSchedules) { table($0) })),
      .section(
        .h2("Components"),
        table(summary.components),
        .if(!summary.notes.isEmpty, list(summary.notes)),
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
          TornadoChart.chart(result.tornado, currency: currency, labels: summary.labels).figure,
          table(drivers),
          .unwrap(ContributionChart.chart(result, labels: summary.labels)) { $0.figure },
          .unwrap(summary.contributions) { table($0) },
          .unwrap(
            result.spider.flatMap {
              SpiderChart.chart($0, currency: currency, labels: summary.labels)
            }
          ) { $0.figure },
          .forEach(summary.twoWayTables) { table($0) }))
    }
    if let assumptions = summary.assumptions {
      sections.append(.section(.h2("Key assumptions"), table(assumptions)))
    }
    sections.append(.section(.h2("Provenance"), table(summary.provenance)))
    return page(title: summary.title, sections: sections)
  }

  /// Sentences as a bulleted list.
  static func list(_ sentences: [String]) -> Node<HTML.BodyContext> {
    .ul(.forEach(sentences) { .li(.text($0)) })
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
