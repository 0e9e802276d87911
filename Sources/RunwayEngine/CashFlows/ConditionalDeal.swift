/// A deal that takes effect only where its condition holds: LifeLiver
/// buys Heparesc only where H2Stem fails, Pluri runs the GMP batches only
/// where the IND clears.
///
/// On those paths the deal books its flows as written; on the others it
/// books nothing, for either side. Its programmes are its own and the
/// condition's, so the analytic rNPV weighs it over their joint outcomes.
struct ConditionalDeal: ComponentModel {
  let deal: any ComponentModel
  let condition: ConditionModel

  var component: Component { deal.component }
  var programs: [Int] { Array(Set(deal.programs + condition.programs)).sorted() }
  var valuesCounterparty: Bool { deal.valuesCounterparty }
  var isLiability: Bool { deal.isLiability }
  var owesHistory: Bool { deal.owesHistory }
  var readsOtherComponents: Bool { deal.readsOtherComponents }

  func book(into state: inout PathState, as index: Int) {
    guard condition.day(in: state) != nil else { return }
    deal.book(into: &state, as: index)
  }

  /// The terms as written: a condition does not change what was announced.
  func terms(_ row: [Double], programmeSales: (Int) -> Double) -> DealTerms? {
    deal.terms(row, programmeSales: programmeSales)
  }
}
