import RunwayEngine

/// Each of our programmes' decision trees in one table: at each phase the
/// chance of reaching and of passing it, its cost, and what the programme
/// is worth where it ends there and on reaching it.
enum ProbabilityTreeTable {
  /// `nil` when no programme of ours has a tree.
  static func table(_ result: ValuationResult) -> ReportTable? {
    let amount = BoardSummary.amount
    let rows = result.programmes.flatMap { programme -> [[String]] in
      guard let tree = programme.tree else { return [] }
      return tree.nodes.enumerated().map { index, node in
        [
          index == 0 ? programme.name : "",
          node.name == "market" ? "on the market" : node.name,
          Percent.text(node.probabilityOfReaching),
          node.probabilityOfSuccess.map(Percent.text) ?? "",
          node.cost.map(amount) ?? "",
          amount(node.valueIfItEndsHere), amount(node.valueOnReaching),
        ]
      }
    }
    guard !rows.isEmpty else { return nil }
    return ReportTable(
      header: [
        "programme", "node", "P(reaching)", "P(passing)", "cost (PV)", "value if it ends here",
        "value on reaching",
      ],
      rows: rows, textColumns: 2,
      caption:
        "Each programme's decision tree, every input at base and every phase run (a gate's stop is under Decisions): the chance of reaching each phase and of passing it, the present value of its cost, the programme's value where it ends there (on the market: where every phase succeeds), and its expected value once the phase is reached. On its first phase that value is the programme's rNPV. Values are the programme's own, discounted to the valuation date; its deals are apart."
    )
  }
}
