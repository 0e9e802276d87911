import RunwayEngine

/// Each licence's economics as a business-development lead reads them: the
/// headline it was announced at against what it is worth risked, its
/// value by payment type, both sides and our share, and the royalty the
/// tiers come to at the sales a board expects.
enum DealEconomics {
  /// `nil` when no deal has terms or a breakdown by payment type.
  static func table(_ result: ValuationResult) -> ReportTable? {
    let amount = BoardSummary.amount
    let deals = result.components.filter { $0.terms != nil || $0.paymentTypes != nil }
    guard !deals.isEmpty else { return nil }
    return ReportTable(
      header: [
        "deal", "by payment type (rNPV)", "headline", "NPV", "rNPV", "their rNPV", "our share",
        "effective royalty",
      ],
      rows: deals.map { deal in
        let types = PaymentType.allCases.compactMap { type in
          deal.paymentTypes?[type.rawValue].map { "\(type.rawValue) \(amount($0))" }
        }
        let theirs = deal.counterpartyValue?.rnpv
        let share: String =
          if let theirs, deal.rnpv > 0, theirs > 0 {
            Percent.text(deal.rnpv / (deal.rnpv + theirs))
          } else { "–" }
        let royalty: String =
          if let rate = deal.terms?.effectiveRoyalty, let sales = deal.terms?.royaltySales {
            "\(Percent.text(rate)) on \(amount(sales))"
          } else { "–" }
        return [
          deal.name, types.joined(separator: "; "), deal.terms?.headline.map(amount) ?? "–",
          amount(deal.npv), amount(deal.rnpv), theirs.map(amount) ?? "–", share, royalty,
        ]
      }, textColumns: 2,
      caption:
        "The headline is the upfront and every milestone as announced (undiscounted, every phase succeeding); the NPV discounts what the deal pays if every phase succeeds; the rNPV weighs it by the chance of each event. Our share is of the deal's value to both sides where both gain. The effective royalty is what the tiers come to on the licensed territories' sales at the programme's median peak."
    )
  }
}
