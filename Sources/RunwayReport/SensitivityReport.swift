import Foundation
import Plot
import RunwayEngine

/// The report of `runway sensitivity`: the tornado (one input at a time),
/// the global measures (every input at once, from one Monte Carlo run),
/// and Sobol's indices when asked for, as `summary.md`, `report.html`,
/// `sensitivity.json` and one CSV per analysis.
public struct SensitivityReport: Sendable {
  /// Every figure of the report, as `sensitivity.json` holds it.
  public struct Figures: Codable, Sendable {
    public var scenario: String
    public var currency: String
    public var paths: Int
    public var seed: UInt64
    public var rnpv: Double
    public var tornado: Tornado
    public var global: GlobalSensitivity
    public var sobol: SobolSensitivity?
  }

  public let figures: Figures
  let result: ValuationResult
  let provenance: Provenance
  /// The inputs' and events' words.
  let labels: InputLabel

  public init(
    result: ValuationResult, global: GlobalSensitivity, sobol: SobolSensitivity?,
    provenance: Provenance
  ) {
    self.result = result
    self.provenance = provenance
    labels = InputLabel(result)
    figures = Figures(
      scenario: result.scenario, currency: result.currency, paths: result.paths,
      seed: result.seed, rnpv: result.rnpv, tornado: result.tornado, global: global,
      sobol: sobol)
  }

  /// Writes the report folder, all or nothing.
  public func write(to folder: URL, printer: HeadlessChromium? = nil) throws {
    var files = [
      ("summary.md", markdown), ("report.html", html),
      ("sensitivity.json", try ResultJSON.encode(figures) + "\n"),
      ("tornado.csv", tornadoCSV.text), ("global.csv", globalCSV.text),
    ]
    if let sobol = sobolCSV { files.append(("sobol.csv", sobol.text)) }
    try ReportFolder.write(files, to: folder, printer: printer)
  }

  var title: String { "\(result.name): what drives the value" }

  var sentence: String {
    "The rNPV of \(BoardSummary.amount(result.rnpv)) (\(result.currency)) and the spread of the NPV "
      + "over \(AmountFormat.grouped(Double(result.paths))) Monte Carlo paths (seed \(result.seed)), "
      + "taken apart input by input."
  }

  /// Every tornado bar, not only the chart's.
  var tornadoTable: ReportTable? {
    BoardSummary.drivers(
      figures.tornado, limit: figures.tornado.bars.count, labels: labels)
  }

  var globalTable: ReportTable {
    let global = figures.global
    var caption =
      "All inputs moving at once (correlations included), and each program's phases passed: "
      + "Spearman's rank correlation with the NPV, the standardised regression coefficient (SRC), "
      + "and SRC², the share of the variance a linear fit gives the factor. "
      + "The fit explains R² = \(Percent.text(global.rSquared)) of the variance."
    if !global.constant.isEmpty {
      caption += " Constant, so left out: \(global.constant.joined(separator: ", "))."
    }
    return ReportTable(
      header: ["factor", "rank correlation", "SRC", "share of variance"],
      rows: global.factors.map { factor in
        [
          factor.name, Self.coefficient(factor.rankCorrelation),
          Self.coefficient(factor.standardizedCoefficient), Percent.text(factor.varianceShare),
        ]
      }, caption: caption)
  }

  var sobolTable: ReportTable? {
    guard let sobol = figures.sobol else { return nil }
    let evaluations = sobol.samples * (sobol.factors.count + 2)
    return ReportTable(
      header: ["factor", "first order", "± s.e.", "total", "± s.e."],
      rows: sobol.factors.map { factor in
        [
          factor.name, Self.coefficient(factor.firstOrder),
          Self.coefficient(factor.firstOrderStandardError), Self.coefficient(factor.total),
          Self.coefficient(factor.totalStandardError),
        ]
      },
      caption:
        "Sobol indices from \(AmountFormat.grouped(Double(sobol.samples))) samples "
        + "(\(AmountFormat.grouped(Double(evaluations))) evaluations): the first order is the share "
        + "of the variance the factor explains alone, the total adds its interactions. "
        + sobol.warnings.joined(separator: " "))
  }

  var markdown: String {
    var lines = ["# \(MarkdownText.escaped(title))", "", MarkdownText.escaped(sentence), ""]
    if let tornado = tornadoTable { lines += ["## One input at a time", "", tornado.markdown] }
    lines += ["## All inputs at once", "", globalTable.markdown]
    if let sobol = sobolTable { lines += ["## Sobol indices", "", sobol.markdown] }
    lines += ["## Provenance", ""]
    lines += BoardSummary.provenance(provenance, of: result).markdownList
    return lines.joined(separator: "\n") + "\n"
  }

  /// The tables for a terminal, without the provenance.
  public var terminalText: String {
    var parts = [title, ""]
    if let tornado = tornadoTable { parts += ["One input at a time", tornado.text] }
    parts += [
      "All inputs at once (a linear fit explains \(Percent.text(figures.global.rSquared)) of the variance)",
      globalTable.text,
    ]
    if let sobol = sobolTable { parts += ["Sobol indices", sobol.text] }
    return parts.joined(separator: "\n")
  }

  var html: String {
    var sections: [Node<HTML.BodyContext>] = [
      .h1(.text(title)), .p(.class("lede"), .text(sentence)),
    ]
    if let tornado = tornadoTable {
      sections.append(
        .section(
          .h2("One input at a time"),
          TornadoChart.chart(
            figures.tornado, currency: result.currency, labels: labels
          ).figure,
          ReportHTML.table(tornado)))
    }
    sections.append(.section(.h2("All inputs at once"), ReportHTML.table(globalTable)))
    if let sobol = sobolTable {
      sections.append(.section(.h2("Sobol indices"), ReportHTML.table(sobol)))
    }
    sections.append(
      .section(.h2("Provenance"), ReportHTML.table(BoardSummary.provenance(provenance, of: result)))
    )
    return ReportHTML.page(title: title, sections: sections)
  }

  var tornadoCSV: CSVTable {
    var table = CSVTable(header: ["input", "p10", "p90", "rnpv at p10", "rnpv at p90", "swing"])
    for bar in figures.tornado.bars {
      table.append(
        [bar.input, CSVNumber.share(bar.low), CSVNumber.share(bar.high)]
          + [bar.rnpvAtLow, bar.rnpvAtHigh, bar.range].map(CSVNumber.amount))
    }
    return table
  }

  var globalCSV: CSVTable {
    var table = CSVTable(header: ["factor", "rank correlation", "src", "share of variance"])
    for factor in figures.global.factors {
      table.append(
        [factor.name]
          + [factor.rankCorrelation, factor.standardizedCoefficient, factor.varianceShare].map(
            CSVNumber.share))
    }
    return table
  }

  var sobolCSV: CSVTable? {
    guard let sobol = figures.sobol else { return nil }
    var table = CSVTable(
      header: ["factor", "first order", "first order se", "total", "total se"])
    for factor in sobol.factors {
      table.append(
        [factor.name]
          + [
            factor.firstOrder, factor.firstOrderStandardError, factor.total,
            factor.totalStandardError,
          ].map(CSVNumber.share))
    }
    return table
  }

  /// A coefficient or index with three decimals; a value that rounds to
  /// zero reads 0.000 whatever its sign.
  static func coefficient(_ value: Double) -> String {
    let text = String(format: "%.3f", value)
    return text == "-0.000" ? "0.000" : text
  }
}
