/// A component compiled for the engine: it books its flows on a path.
protocol ComponentModel: Sendable {
  var component: Component { get }
  /// The programs whose outcomes its flows depend on: the analytic rNPV
  /// weighs it over their decision trees.
  var programs: [Int] { get }
  /// Whether it values the counterparty's side too.
  var valuesCounterparty: Bool { get }
  /// Whether it is a liability whose fair value the result reports (a
  /// recoverable advance).
  var isLiability: Bool { get }
  /// Whether it may owe something on sums paid before the valuation date
  /// (``PathState/addOwed(_:on:to:channel:)``).
  var owesHistory: Bool { get }
  /// Whether it reads other components' flows on the path (a tax, an
  /// advance taking a share of licence income): it is booked after those
  /// that do not.
  var readsOtherComponents: Bool { get }
  /// Books its flows on the path into `state`, as component `index`.
  func book(into state: inout PathState, as index: Int)
  /// A deal's terms as announced, with the inputs of `row`: its headline
  /// (the "biobucks": upfront and every milestone, undiscounted and
  /// unrisked) and its royalty on the programme's annual sales at
  /// `programmeSales`; `nil` for a component without such terms.
  func terms(_ row: [Double], programmeSales: (Int) -> Double) -> DealTerms?
}

extension ComponentModel {
  var valuesCounterparty: Bool { false }
  var isLiability: Bool { false }
  var owesHistory: Bool { false }
  var readsOtherComponents: Bool { false }
  func terms(_ row: [Double], programmeSales: (Int) -> Double) -> DealTerms? { nil }
}
