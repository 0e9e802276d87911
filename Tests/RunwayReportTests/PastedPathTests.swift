import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

@testable import RunwayReport

/// Every path the flagship's report prints beside a driver or an
/// assumption pastes into `--set` and means what the row says.
///
/// - A driver's path set to its low end gives the rNPV the row prints
///   for that end: an input's P10, an event's failure (probability 0).
/// - An assumption's path does the same, or, for a fixed figure or date,
///   set to that figure leaves the rNPV where it is.
struct PastedPathTests {
  /// The last column of the rows of the summary's first table under
  /// `heading`.
  static func paths(under heading: String, in summary: String) -> [String] {
    let lines = summary.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: "## \(heading)") else { return [] }
    return lines[(start + 1)...].drop { !$0.hasPrefix("| ") }.prefix { $0.hasPrefix("| ") }
      .dropFirst()  // the header; the separator starts with "| ---"
      .filter { !$0.hasPrefix("| ---") }
      .compactMap { row in
        row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.last
      }
  }

  /// The analytic rNPV of the portfolio with `override` applied.
  static func rnpv(_ override: Override) throws -> Double {
    let scenario = try ScenarioFile.load(path: Valuing.flagshipFile, overrides: [override]).get()
      .scenario
    let result = try Valuation.run(
      scenario, options: Valuation.Options(paths: 64, threads: 2, sensitivity: false))
    return result.portfolio?.rnpv ?? result.rnpv
  }

  @Test func everyPrintedPathPastesIntoSet() throws {
    let result = try Valuing.flagship.get()
    let summary = SummaryMarkdown.text(result, provenance: ReportFolderTests.provenance)
    let base = result.portfolio?.rnpv ?? result.rnpv
    let drivers = Self.paths(under: "What drives the value", in: summary)
    let assumptions = Self.paths(under: "Key assumptions", in: summary)
    #expect(drivers.count == TornadoChart.barCount)
    #expect(assumptions.count == result.assumptions.count)

    // Each path with the figure to set and the rNPV that figure gives: a
    // bar's low end (every driver, and an uncertain assumption), or a
    // fixed assumption's own figure, which leaves the value at base.
    var cases: [(path: String, figure: String, rnpv: Double)] = []
    for path in drivers + assumptions {
      if let bar = result.tornado.bars.first(where: { $0.input == path }) {
        cases.append((path, "\(bar.low)", bar.rnpvAtLow))
      } else {
        let assumption = try #require(result.assumptions.first { $0.path == path }, "\(path)")
        let figure = try #require(assumption.date ?? assumption.mean.map { "\($0)" })
        cases.append((path, figure, base))
      }
    }
    for (path, figure, expected) in cases {
      let value = try Self.rnpv(Override(path: path, value: figure))
      #expect(abs(value - expected) <= 1e-6 * abs(expected), "\(path): \(value)")
    }
  }
}
