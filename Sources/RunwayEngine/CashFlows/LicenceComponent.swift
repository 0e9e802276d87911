/// A licence of a program's rights in territories.
///
/// Upfront, milestones when their events happen on the path, and tiered
/// royalties on the territories' annual sales over the royalty term,
/// reduced after the loss of exclusivity. An out-licence receives them; an in-licence pays them.
///
/// An out-licence's licensee may bear a share of the programme's phase
/// costs from signing (the licensor no longer pays them) and buy product
/// from the licensor at a transfer price (its cost of goods then).
///
/// With the licensee's costs given, the out-licence is valued from the
/// licensee's side too: its margin on the territories' sales, minus what
/// it pays and the development it bears.
struct LicenceComponent: ComponentModel {
  struct RoyaltyTerms: Sendable {
    let schedule: RoyaltySchedule
    let termYears: Input?
    let stepDown: Input?
    /// The third parties' royalty rate and the share of it deducted.
    let antiStacking: (thirdPartyRate: Input, offset: Input)?
    let floor: Input?
  }

  /// The licensee's cost shares and discount channel.
  struct Licensee: Sendable {
    let cogs: Input
    let operatingCosts: Input
    let channel: Int
  }

  let component: Component
  let program: Int
  /// +1 when we receive (out-licence), −1 when we pay.
  let sign: Double
  /// The territories' share of the program's sales.
  let share: Double
  let signed: Double
  let upfront: Input?
  /// Each milestone's event, its deadline (`nil`: none) and amount.
  let milestones: [(event: EventModel, by: Double?, amount: Input)]
  let royalty: RoyaltyTerms?
  let licensee: Licensee?
  /// The phases (all when `nil`) and the share of their costs after
  /// signing that the licensee bears.
  let borne: (phases: [Int]?, share: Input)?
  /// The transfer price and our cost of the product, shares of the
  /// licensee's sales.
  let supply: (transferPrice: Input, cost: Input)?
  /// The share of the licence fees (upfront, milestones, royalties) to us
  /// withheld abroad.
  let withholding: Input?
  let channel: Int

  var programs: [Int] { [program] }
  var valuesCounterparty: Bool { licensee != nil }

  func book(into state: inout PathState, as index: Int) {
    if let upfront {
      pay(upfront.value(state.row), on: signed, as: .upfront, into: &state, index: index)
    }
    for milestone in milestones {
      guard let day = milestone.event.day(in: state, share: share),
        day <= milestone.by ?? .infinity
      else { continue }
      let type: PaymentType =
        switch milestone.event {
        case .firstSale, .salesThreshold, .cumulativeSalesThreshold: .salesMilestones
        default: .developmentMilestones
        }
      pay(milestone.amount.value(state.row), on: day, as: type, into: &state, index: index)
    }
    if let licenseeShare = borne?.share {
      bookBorneCosts(licenseeShare, into: &state, as: index)
    }
    guard state.programs[program].isSelling else { return }
    if let licensee {
      // Supplied, the licensee's cost of goods is the transfer price,
      // booked below.
      let cogs = supply == nil ? licensee.cogs.value(state.row) : 0
      let margin = 1 - cogs - licensee.operatingCosts.value(state.row)
      for period in state.programs[program].salesPeriods
      where state.programs[program].sales[period] > 0 {
        state.addCounterparty(
          state.programs[program].sales[period] * share * margin, period: period, to: index,
          channel: licensee.channel)
      }
    }
    if let supply {
      let price = supply.transferPrice.value(state.row)
      let margin = price - supply.cost.value(state.row)
      for period in state.programs[program].salesPeriods
      where state.programs[program].sales[period] > 0 {
        let sales = state.programs[program].sales[period] * share
        let present = state.add(margin * sales, period: period, to: index, channel: channel)
        state.ledger.note(present, as: .supplyMargin, of: index)
        if let licensee {
          state.addCounterparty(
            -price * sales, period: period, to: index, channel: licensee.channel)
        }
      }
    }
    if let royalty { bookRoyalty(royalty, into: &state, as: index) }
  }

  /// The phase costs the licensee bears: ours no longer, from signing (a
  /// period's costs counted for its part after the signing day).
  ///
  /// The phases are read from `borne` in place: binding the tuple
  /// retained their array on every path.
  private func bookBorneCosts(
    _ licenseeShare: Input, into state: inout PathState, as index: Int
  ) {
    let licenseeShare = licenseeShare.value(state.row)
    for period in state.programs[program].spendingPeriods {
      let bounds = state.timeline.periods[period]
      guard bounds.end > signed else { continue }
      let after = (bounds.end - max(bounds.start, signed)) / (bounds.end - bounds.start)
      let cost =
        licenseeShare * min(1, after)
        * state.programs[program].cost(in: period, phases: borne?.phases)
      guard cost > 0 else { continue }
      let present = state.add(cost, period: period, to: index, channel: channel)
      state.ledger.note(present, as: .costSharing, of: index)
      if let licensee {
        state.addCounterparty(-cost, period: period, to: index, channel: licensee.channel)
      }
    }
  }

  /// Royalties period by period on the year-to-date sales, so that tiers
  /// apply to each calendar year's sales whatever the grid.
  private func bookRoyalty(_ terms: RoyaltyTerms, into state: inout PathState, as index: Int) {
    let row = state.row
    let launch = state.programs[program].curve.launch
    let termEnd = terms.termYears.map { launch + $0.value(row) } ?? .infinity
    let loss = state.programs[program].curve.lossOfExclusivity ?? .infinity
    let reduced = 1 - (terms.stepDown?.value(row) ?? 0)
    var year = Int.min
    var yearToDate = 0.0
    var dueToDate = 0.0  // the tiered royalty on `yearToDate`
    let deduction = terms.antiStacking.map { $0.thirdPartyRate.value(row) * $0.offset.value(row) }
    let floor = terms.floor?.value(row)
    // Sales, and so royalties, start in the first period of sales.
    for period in state.programs[program].salesPeriods {
      let bounds = state.timeline.periods[period]
      if bounds.year != year { (year, yearToDate, dueToDate) = (bounds.year, 0, 0) }
      let start = max(bounds.startYear, launch)
      let end = min(bounds.endYear, termEnd)
      guard end > start else { continue }
      var due = 0.0
      var full = 0.0  // before any reduction
      var sales = 0.0
      // A period that neither the loss of exclusivity nor the term's end
      // splits has the programme's own sales of the period: the same
      // integral, taken once.
      let whole = end == bounds.endYear && !(loss > start && loss < end)
      // One piece, or the two either side of the loss (not an array of
      // them: that allocated on every period of every approved path).
      for piece in 0..<(whole ? 1 : 2) {
        let (low, high, factor) =
          whole
          ? (start, end, loss <= start ? reduced : 1.0)
          : piece == 0 ? (start, min(end, loss), 1.0) : (max(start, loss), end, reduced)
        guard high > low else { continue }
        let added =
          (whole
            ? state.programs[program].sales[period]
            : state.programs[program].curveSales(from: low, to: high))
          * share
        yearToDate += added
        sales += added
        let dueAfter = terms.schedule.due(onAnnualSales: yearToDate, row: row)
        due += factor * (dueAfter - dueToDate)
        full += dueAfter - dueToDate
        dueToDate = dueAfter
      }
      if let deduction { due -= deduction * sales }
      if let floor { due = min(full, max(due, floor * sales)) }
      due = max(0, due)
      guard due != 0 else { continue }
      let present = state.add(
        sign * due * kept(state.row), period: period, to: index, channel: channel)
      state.ledger.note(present, as: .royalties, of: index)
      if let licensee {
        state.addCounterparty(-sign * due, period: period, to: index, channel: licensee.channel)
      }
    }
  }

  func terms(_ row: [Double], programmeSales: (Int) -> Double) -> DealTerms? {
    let payments = (upfront?.value(row) ?? 0) + milestones.reduce(0) { $0 + $1.amount.value(row) }
    let sales = programmeSales(program) * share
    let rate = royalty.flatMap { terms in
      sales > 0 ? terms.schedule.due(onAnnualSales: sales, row: row) / sales : nil
    }
    let announced = upfront != nil || !milestones.isEmpty
    guard announced || rate != nil else { return nil }
    return DealTerms(
      headline: announced ? sign * payments : nil, royaltySales: rate == nil ? nil : sales,
      effectiveRoyalty: rate)
  }

  /// The share of a licence fee to us that we keep: all but what is
  /// withheld abroad.
  private func kept(_ row: [Double]) -> Double {
    sign > 0 ? 1 - (withholding?.value(row) ?? 0) : 1
  }

  private func pay(
    _ amount: Double, on day: Double, as type: PaymentType, into state: inout PathState,
    index: Int
  ) {
    let present = state.add(sign * amount * kept(state.row), on: day, to: index, channel: channel)
    state.ledger.note(present, as: type, of: index)
    if let licensee {
      state.addCounterparty(-sign * amount, on: day, to: index, channel: licensee.channel)
    }
  }
}
