import RunwayEngine
import Testing

/// The rNPV as peak sales and the chance of success move together, by
/// hand: a Phase 3 that passes with p (uniform 40–60 %) and, at approval
/// three years on (day 1,095), brings V (uniform 100M–300M): the rNPV is
/// p × V / 1.1³.
struct TwoWayTableTests {
  static let text =
    Valuing.settings(horizon: "2030") + """
      variables:
        peakSales: {distribution: uniform, min: 100M, max: 300M}
        success: {distribution: uniform, min: 40%, max: 60%}
      programs:
        drug:
          name: Drug
          phases:
            - {name: Phase 3, start: 2021-01-01, duration: 3, cost: 0, successProbability: $success}
      deals:
        launch:
          kind: cash-flows
          counterparty: Market
          flows:
            - {amount: $peakSales, label: value at launch, when: {program: drug, event: approval}}
      """

  @Test func eachCellIsTheValueAtBothInputs() throws {
    let result = try Valuing.run(Self.text, paths: 64)
    // No royalty, a fixed discount rate: one table only.
    let tables = try #require(result.twoWayTables)
    #expect(tables.count == 1)
    let table = try #require(tables.first)
    #expect(table.rows.input == "variables.peakSales")
    #expect(table.columns.input == "variables.success")
    // The uniforms' P10, P25, P50, P75 and P90.
    let sales = [120e6, 150e6, 200e6, 250e6, 280e6]
    let chances = [0.42, 0.45, 0.50, 0.55, 0.58]
    for (got, want) in zip(table.rows.values, sales) { #expect(abs(got - want) < 1e-6) }
    for (got, want) in zip(table.columns.values, chances) { #expect(abs(got - want) < 1e-12) }
    for (row, value) in sales.enumerated() {
      for (column, chance) in chances.enumerated() {
        let expected = chance * value / 1.331
        #expect(abs(table.rnpv[row][column] - expected) < 1e-6 * expected, "\(row), \(column)")
      }
    }
  }
}
