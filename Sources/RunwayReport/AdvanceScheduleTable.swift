import RunwayEngine

/// Each recoverable advance's schedule year by year, as the notes to the
/// accounts give it: drawn, repaid of the fixed part and of its interest,
/// repaid on sales and licence income, and the carrying amount.
enum AdvanceScheduleTable {
  static func tables(_ result: ValuationResult) -> [ReportTable] {
    let amount = BoardSummary.amount
    return result.components.compactMap { component in
      guard let schedule = component.schedule else { return nil }
      let before: [[String]] =
        schedule.drawnBefore == 0
        ? []
        : [["before \(result.valuationDate)", amount(schedule.drawnBefore), "", "", "", ""]]
      let years = schedule.years.map { year in
        [
          String(year.year), amount(year.drawn), amount(year.fixed), amount(year.interest),
          amount(year.royalty), amount(year.carryingAmount),
        ]
      }
      return ReportTable(
        header: [
          "year", "drawn", "fixed repayment", "interest", "repaid on sales and licence income",
          "carrying amount at year end",
        ],
        rows: before + years,
        caption:
          "\(component.name): the expected schedule, each outcome of the programmes weighted by its probability. The carrying amount is what is still to be repaid, discounted to the year's end at the advance's own rates; on the valuation date it is the liability's fair value, \(amount(schedule.opening))."
      )
    }
  }
}
