import Foundation
import Plot
import RunwayEngine
import RunwayNumerics
import RunwayScenarioFile
import Testing

@testable import RunwayReport

/// The charts' scales: each mark sits where its value says, read against
/// the chart's own tick labels, and nothing is drawn outside the box.
struct ChartTests {
  static func elements(_ chart: Chart) throws -> XMLElements {
    try #require(XMLElements(chart.svg.render()))
  }

  @Test func ticksAreRoundSteps() {
    // 0…9.3M in about 5 steps: 9.3M / 5 = 1.86M, rounded up to 2M.
    let small = LinearScale(covering: [0, 9.3e6], from: 0, to: 500)
    #expect(small.ticks == [0, 2e6, 4e6, 6e6, 8e6, 10e6])
    // −35.7M…187M: 222.7M / 5 = 44.5M, rounded up to 50M; the domain
    // widens to −50M…200M.
    let wide = LinearScale(covering: [-35.7e6, 187e6], from: 0, to: 500)
    #expect(wide.step == 50e6 && wide.lower == -50e6 && wide.upper == 200e6)
    #expect(wide.position(75e6) == 250)
  }

  /// Counts 2, 6, 12, 0, 5 over 0…10M; P10 1M, P50 3.7M, P90 8M.
  @Test func histogramMarksThePercentilesAtTheirValues() throws {
    let distribution = NPVDistribution(
      quantiles: [0, 10e6], histogram: Histogram(lower: 0, upper: 10e6, counts: [2, 6, 12, 0, 5]))
    let percentiles = Percentiles(p5: 0, p10: 1e6, p50: 3.7e6, p90: 8e6, p95: 9e6)
    let svg = try Self.elements(
      HistogramChart.chart(distribution, percentiles: percentiles, currency: "EUR"))
    let x = ReadAxis(labels: svg.named("text", class: "x"), coordinate: "x")
    #expect(
      svg.named("text", class: "x").map(\.text) == ["€0", "€2M", "€4M", "€6M", "€8M", "€10M"])
    for (name, value) in [("P10", 1e6), ("P50", 3.7e6), ("P90", 8e6)] {
      let marker = try #require(
        svg.named("line").first { $0.attributes["data-percentile"] == name })
      #expect(abs(try #require(marker.number("x1")) - x.position(of: value)) < 0.01)
    }
    // Bars: the second bin (2M…4M) starts at 2M; heights in proportion to
    // the counts, and the tallest (12 of 25 = 48 %) reaches 48 % on the
    // share axis.
    let bars = svg.named("rect", class: "bar")
    #expect(bars.count == 4)
    #expect(abs(try #require(bars[1].number("x")) - x.position(of: 2e6)) < 0.01)
    let heights = try bars.map { try #require($0.number("height")) }
    #expect(abs(heights[1] / heights[0] - 3) < 1e-3 && abs(heights[3] / heights[0] - 2.5) < 1e-3)
    let y = ReadAxis(labels: svg.named("text", class: "y"), coordinate: "y", baseline: 4)
    #expect(abs(try #require(bars[2].number("y")) - y.position(of: 0.48)) < 0.01)
  }

  @Test func histogramCaptionTellsTheTails() throws {
    let distribution = NPVDistribution(
      quantiles: [0, 1],
      histogram: Histogram(lower: 0, upper: 10e6, counts: [90, 100], below: 4, above: 6))
    let chart = HistogramChart.chart(
      distribution, percentiles: Percentiles(p5: 0, p10: 0, p50: 5e6, p90: 9e6, p95: 9e6),
      currency: "USD")
    // 4 and 6 of 200 paths: 2 % and 3 %.
    #expect(chart.caption.hasSuffix("Not drawn: 2.0% of paths below $0 and 3.0% above $10M."))
  }

  /// The S-curve spans the P1 to the P99, not the extremes: quantiles
  /// 0, 1M, 2M, … 99M and a P100 of 10bn draw from 1M to 99M on an axis
  /// of round ticks no wider than a step beyond them, and the caption
  /// says what lies beyond.
  @Test func sCurveSpansTheP1ToTheP99() throws {
    let quantiles = (0..<100).map { Double($0) * 1e6 } + [10e9]
    let distribution = NPVDistribution(
      quantiles: quantiles, histogram: Histogram(lower: 0, upper: 1, counts: [1]))
    let chart = SCurveChart.chart(distribution, currency: "EUR")
    let svg = try Self.elements(chart)
    let x = ReadAxis(labels: svg.named("text", class: "x"), coordinate: "x")
    let ticks = svg.named("text", class: "x").map(\.text)
    #expect(ticks.first == "€0" && ticks.last == "€100M", "\(ticks)")
    let curve = try #require(svg.named("polyline", class: "curve").first)
    let xs = (curve.attributes["points"] ?? "").split(separator: " ").compactMap {
      $0.split(separator: ",").first.flatMap { Double($0) }
    }
    #expect(xs.count == 99)
    #expect(abs(xs[0] - x.position(of: 1e6)) < 0.01)
    #expect(abs(xs[98] - x.position(of: 99e6)) < 0.01)
    #expect(chart.caption.contains("1% of paths lie beyond each end"))
  }

  /// The golden scenario (GoldenReportTests): the project's 100,000 then
  /// the total, 100,000 (the bank's loan is financing: no bar); cash at
  /// the end of 2022 is −25,000.
  @Test func waterfallAndFanChartFollowTheirValues() throws {
    let result = try GoldenReportTests.result()
    let waterfall = try Self.elements(WaterfallChart.chart(result))
    let steps = waterfall.named("rect", class: "step")
    let x = ReadAxis(labels: waterfall.named("text", class: "x"), coordinate: "x")
    try #require(steps.count == 2)
    let project = steps[0]
    let total = steps[1]
    #expect(abs(try #require(project.number("x")) - x.position(of: 0)) < 0.01)
    #expect(
      abs(try #require(project.number("width")) - (x.position(of: 100_000) - x.position(of: 0)))
        < 0.01)
    #expect(
      abs(try #require(total.number("width")) - (x.position(of: 100_000) - x.position(of: 0)))
        < 0.01)

    let fan = try Self.elements(
      FanChart.chart(result.cashflows, startingCash: 1e6, currency: "EUR"))
    let y = ReadAxis(labels: fan.named("text", class: "y"), coordinate: "y", baseline: 4)
    let median = try #require(fan.named("polyline", class: "median").first?.attributes["points"])
    let points = median.split(separator: " ").map {
      $0.split(separator: ",").compactMap { Double($0) }
    }
    // Cash at the end of 2021, 2022 and 2023: 500k, −25k, 1.306M.
    for (point, cash) in zip(points, [500e3, -25e3, 1.306e6]) {
      #expect(abs(point[1] - y.position(of: cash)) < 0.01)
    }
    let labels = fan.named("text", class: "x").map(\.text)
    #expect(labels == ["2021", "2022", "2023"])
  }

  /// Each tornado bar runs from the base to the rNPV at the input's P10
  /// (light) and at its P90 (dark), read against the chart's own axis;
  /// each is named in words, a long name on two lines.
  @Test func tornadoBarsRunFromTheBaseToEachEnd() throws {
    let risk = "HepaStem works in the liver (every indication)"
    let tornado = Tornado(
      base: 1e6,
      bars: [
        .init(
          input: "variables.peakSales", low: 80e6, high: 250e6, rnpvAtLow: 0.2e6, rnpvAtHigh: 2.5e6),
        .init(
          input: "programs.drug.phases[1].cost", low: 49e6, high: 75e6, rnpvAtLow: 1.3e6,
          rnpvAtHigh: 0.6e6),
        .init(
          input: "risks.liver.successProbability", event: risk, low: 0, high: 1, rnpvAtLow: 0,
          rnpvAtHigh: 1.5e6),
      ])
    let labels = InputLabel(
      names: ["drug": "HepaStem in NASH"], phases: ["drug": ["Phase 2", "Phase 3"]])
    let chart = try Self.elements(TornadoChart.chart(tornado, currency: "EUR", labels: labels))
    let x = ReadAxis(labels: chart.named("text", class: "x"), coordinate: "x")
    let low = chart.named("rect", class: "low")
    let high = chart.named("rect", class: "high")
    let spans: [(XMLElements.Element, Double, Double)] = [
      (low[0], 0.2e6, 1e6), (high[0], 1e6, 2.5e6), (low[1], 1e6, 1.3e6), (high[1], 0.6e6, 1e6),
    ]
    for (rect, from, to) in spans {
      #expect(abs(try #require(rect.number("x")) - x.position(of: from)) < 0.01)
      #expect(
        abs(try #require(rect.number("width")) - (x.position(of: to) - x.position(of: from)))
          < 0.01)
    }
    let names = chart.named("text", class: "name").map { $0.text }
    #expect(
      names == [
        "Peak sales", "HepaStem in NASH, Phase 3: cost", "HepaStem works in the",
        "liver (every indication)",
      ])
    #expect(
      chart.named("text", class: "value").map { $0.text } == ["€2.3M", "€700k", "€1.5M"])
  }

  /// Every coordinate of every chart of a report lies inside its view box,
  /// and every label fits (at 6.6 px a character of 11 px text) whole.
  @Test(arguments: ["golden", "milestone", "flagship"])
  func noChartOverflowsItsBox(scenario: String) throws {
    let result =
      switch scenario {
      case "golden": try GoldenReportTests.result()
      case "milestone": try ReportFolderTests.result()
      default: try Valuing.flagship.get()
      }
    let html = ReportHTML.text(result, provenance: ReportFolderTests.provenance)
    let page = try #require(XMLElements(html))
    let boxes = page.named("svg").compactMap { $0.attributes["viewBox"] }
    // Histogram, S-curve, waterfall, fan chart, the tornado where
    // anything is uncertain (an input or a phase's readout), the
    // convergence where the mean has a standard error, the spider
    // where an input is uncertain, and the contributions where the value
    // varies.
    let optional = [
      !result.tornado.bars.isEmpty, result.monteCarlo.standardError > 0,
      !(result.spider?.lines.isEmpty ?? true), !(result.contributions?.factors.isEmpty ?? true),
    ]
    #expect(boxes.count == 4 + optional.filter { $0 }.count)
    var box = (width: 0.0, height: 0.0)
    for element in page.all {
      if element.name == "svg" {
        let size = (element.attributes["viewBox"] ?? "").split(separator: " ").compactMap {
          Double($0)
        }
        box = (size[2], size[3])
        continue
      }
      for attribute in ["x", "x1", "x2"] {
        guard let value = element.number(attribute) else { continue }
        #expect(value >= 0 && value <= box.width, "\(element.name) \(attribute)")
      }
      for attribute in ["y", "y1", "y2"] {
        guard let value = element.number(attribute) else { continue }
        #expect(value >= 0 && value <= box.height, "\(element.name) \(attribute)")
      }
      if element.name == "rect", let x = element.number("x"), let width = element.number("width") {
        #expect(x + width <= box.width + 0.01)
      }
      if element.name == "text", let x = element.number("x") {
        let extent = Double(element.text.count) * 6.6
        let (left, right) =
          switch element.attributes["text-anchor"] {
          case "end": (x - extent, x)
          case "middle": (x - extent / 2, x + extent / 2)
          default: (x, x + extent)
          }
        #expect(left >= 0 && right <= box.width, "\(element.text)")
        // Wrapped, never shortened.
        #expect(!element.text.hasSuffix("…"), "\(element.text)")
      }
      for point in (element.attributes["points"] ?? "").split(separator: " ") {
        let xy = point.split(separator: ",").compactMap { Double($0) }
        #expect(xy[0] >= 0 && xy[0] <= box.width && xy[1] >= 0 && xy[1] <= box.height)
      }
    }
  }

  /// No two labels of a chart overlap: each label's box (6.6 px a
  /// character of 11 px text, from 9 px above its baseline to 3 px below)
  /// is apart from every other's, in the flagship's charts as in the
  /// small reports'.
  @Test(arguments: ["golden", "milestone", "flagship"])
  func noTwoLabelsOverlap(scenario: String) throws {
    let result =
      switch scenario {
      case "golden": try GoldenReportTests.result()
      case "milestone": try ReportFolderTests.result()
      default: try Valuing.flagship.get()
      }
    let html = ReportHTML.text(result, provenance: ReportFolderTests.provenance)
    let page = try #require(XMLElements(html))
    var charts: [[(text: String, left: Double, right: Double, top: Double, bottom: Double)]] = []
    for element in page.all {
      if element.name == "svg" { charts.append([]) }
      guard element.name == "text", let x = element.number("x"), let y = element.number("y")
      else { continue }
      let extent = Double(element.text.count) * 6.6
      let left: Double =
        switch element.attributes["text-anchor"] {
        case "end": x - extent
        case "middle": x - extent / 2
        default: x
        }
      charts[charts.count - 1].append((element.text, left, left + extent, y - 9, y + 3))
    }
    #expect(charts.count >= 4)
    for labels in charts {
      for (index, a) in labels.enumerated() {
        for b in labels[(index + 1)...] {
          let apart =
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top
            || b.bottom <= a.top
          #expect(apart, "'\(a.text)' overlaps '\(b.text)'")
        }
      }
    }
  }

  @Test func theReportIsWellFormedAndStandalone() throws {
    let html = ReportHTML.text(
      try GoldenReportTests.result(), provenance: ReportFolderTests.provenance)
    let page = try #require(XMLElements(html))
    for external in ["http:", "https:", "src=", "href=", "<script", "<link", "url(", "@import"] {
      #expect(!html.contains(external), "\(external)")
    }
    // The headline figures (the project's 100k: the loan is financing)
    // and a component's name are in the page.
    let cells = page.named("td").map(\.text)
    let rnpv = try #require(cells.firstIndex(of: "rNPV (analytic)"))
    #expect(cells[rnpv + 1] == "100k")
    #expect(html.contains("Client, Inc. (cash-flows)"))
  }
}
