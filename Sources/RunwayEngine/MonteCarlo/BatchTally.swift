import RunwayNumerics

/// The sums and moments of one batch of paths, merged batch by batch in
/// batch order so that the totals do not depend on the thread count.
struct BatchTally: Sendable, Codable {
  /// The enterprise value (every component but financing).
  var total = Moments()
  /// What is owed on sums received before the valuation date.
  var owed = Moments()
  /// The equity value: the enterprise value plus the cash on the
  /// valuation date minus what is owed.
  var equity = Moments()
  var values: [Moments]
  var counterparty: [Moments]
  var liability: [Moments]
  var peakFunding = Moments()
  /// Undiscounted flows summed over paths, component-major.
  var flows: [Double]
  /// Cash positions summed over paths, per period.
  var cash: [Double]
  /// Paths whose cash first goes below zero in each period.
  var firstShortfall: [Int]

  init(components: Int, periods: Int) {
    values = Array(repeating: Moments(), count: components)
    counterparty = values
    liability = values
    flows = Array(repeating: 0, count: components * periods)
    cash = Array(repeating: 0, count: periods)
    firstShortfall = Array(repeating: 0, count: periods)
  }

  /// A tally of every figure (a block's, as ``BlockTally`` kept it).
  init(
    total: Moments, owed: Moments, equity: Moments, values: [Moments], counterparty: [Moments],
    liability: [Moments], peakFunding: Moments, flows: [Double], cash: [Double],
    firstShortfall: [Int]
  ) {
    (self.total, self.owed, self.equity, self.peakFunding) = (total, owed, equity, peakFunding)
    (self.values, self.counterparty, self.liability) = (values, counterparty, liability)
    (self.flows, self.cash, self.firstShortfall) = (flows, cash, firstShortfall)
  }

  /// Adds the next batch's tally.
  mutating func merge(_ other: BatchTally) {
    total.merge(other.total)
    owed.merge(other.owed)
    equity.merge(other.equity)
    peakFunding.merge(other.peakFunding)
    for index in values.indices {
      values[index].merge(other.values[index])
      counterparty[index].merge(other.counterparty[index])
      liability[index].merge(other.liability[index])
    }
    for index in flows.indices { flows[index] += other.flows[index] }
    for index in cash.indices {
      cash[index] += other.cash[index]
      firstShortfall[index] += other.firstShortfall[index]
    }
  }
}
