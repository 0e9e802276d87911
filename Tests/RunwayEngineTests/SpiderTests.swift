import RunwayEngine
import Testing

/// The spider's lines by hand, on the scenario of ``TwoWayTableTests``
/// (rNPV = p × V / 1.1³): each input across its range, the other at its
/// mean (p = 50 %, V = 200M).
struct SpiderTests {
  @Test func eachLineIsTheValueAcrossOneInput() throws {
    let result = try Valuing.run(TwoWayTableTests.text, paths: 64)
    let lines = try #require(result.spider?.lines)
    // Peak sales swing the value more (0.5 × 160M against 0.16 × 200M).
    #expect(lines.map(\.axis.input) == ["variables.peakSales", "variables.success"])
    let expected: [(values: [Double], rnpv: (Double) -> Double)] = [
      ([120e6, 150e6, 200e6, 250e6, 280e6], { 0.5 * $0 / 1.331 }),
      ([0.42, 0.45, 0.50, 0.55, 0.58], { $0 * 200e6 / 1.331 }),
    ]
    for (line, want) in zip(lines, expected) {
      for (index, value) in want.values.enumerated() {
        #expect(abs(line.axis.values[index] - value) < 1e-9 * value)
        let rnpv = want.rnpv(value)
        #expect(abs(line.rnpv[index] - rnpv) < 1e-6 * rnpv, "\(line.axis.input) \(index)")
      }
    }
  }
}
