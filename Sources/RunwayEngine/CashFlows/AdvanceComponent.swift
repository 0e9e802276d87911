import Foundation

/// A recoverable cash advance: the advance received as a share of eligible
/// costs; if the company exploits the results, a fixed share repaid in
/// yearly instalments (with interest on what is outstanding, compounded
/// from the decision or a date), a royalty on the program's sales and a
/// share of its licence income (with a yearly minimum), all repayments
/// together capped at a multiple of the advance; nothing if the results
/// are not exploited.
///
/// Its value to the company is the advance minus the present value of the
/// repayments (the net benefit); the present value of the repayments alone
/// is the advance's fair value as a liability. The fixed part and the
/// royalty are discounted at their own rates where the scenario gives them
/// (IFRS practice: a low rate for the fixed part, a risk-adjusted one for
/// the royalty).
///
/// What was drawn before the valuation date adds to the advance that the
/// repayments and the cap are reckoned on; each repayment is owed in
/// proportion (drawn before over drawn in all), and that part is a
/// liability already outstanding, not the component's value.
struct AdvanceComponent: PublicAid {
  let component: Component
  let disbursement: DisbursementModel
  let received: ReceivedPayments
  let exploitation: ExploitationModel
  let program: Int
  let maximumIntensity: Input?
  let fixedShare: Input
  let instalments: Int
  let firstInstalmentYears: Input
  let royaltyRate: Input
  let capMultiple: Input
  let interestRate: Input
  /// Days after the valuation date from which interest accrues; `nil`:
  /// from the exploitation decision.
  let interestFrom: Double?
  /// The share of licence income, its yearly minimum, and the out-licence
  /// components of the program whose flows are that income.
  let licenceIncome: (share: Input, minimum: Input?, licences: [Int])?
  let advanceChannel: Int
  let fixedChannel: Int
  let royaltyChannel: Int

  var owesHistory: Bool { !received.payments.isEmpty }

  var programs: [Int] { Array(Set([program] + disbursement.programs)).sorted() }

  var isLiability: Bool { true }

  var fundedProgram: Int? { program }

  func forEachAid(in state: inout PathState, _ aid: (Int, Double) -> Void) {
    disbursement.forEachAid(in: &state, aid)
  }

  /// It reads the licences' flows on the path when it takes a share of
  /// them.
  var readsOtherComponents: Bool { licenceIncome != nil }

  func book(into state: inout PathState, as index: Int) {
    /// Notes a line of the schedule when the case is recorded, on a day
    /// the timeline holds or before it (what was drawn before).
    func note(
      _ line: AdvanceEntry.Line, _ amount: Double, on day: Double, channel: Int,
      in state: inout PathState
    ) {
      guard state.ledger.advanceEntries != nil, amount != 0,
        day < 0 || state.timeline.period(containing: day) != nil
      else { return }
      state.ledger.advanceEntries?.append(
        AdvanceEntry(component: index, line: line, day: day, amount: amount, channel: channel))
    }
    var advance = 0.0
    // The closure captures this, not `self` (a copy of the component on
    // every path).
    let advanceChannel = advanceChannel
    disbursement.forEachPayment(in: &state) { state, day, amount in
      state.add(amount, on: day, to: index, channel: advanceChannel)
      note(.drawn, amount, on: day, channel: advanceChannel, in: &state)
      advance += amount
    }
    if state.ledger.advanceEntries != nil {
      for payment in received.payments {
        note(
          .drawn, payment.amount.value(state.row), on: payment.day, channel: advanceChannel,
          in: &state)
      }
    }
    let drawnBefore = received.total(state.row)
    let drawn = advance + drawnBefore
    guard drawn > 0, let decided = exploitation.day(in: state, program: program) else { return }
    let row = state.row
    let historyShare = drawnBefore / drawn
    var remaining = capMultiple.value(row) * drawn
    let fixed = fixedShare.value(row) * drawn
    let principal = instalments > 0 ? fixed / Double(instalments) : 0
    let interest = interestRate.value(row)
    let rate = royaltyRate.value(row)
    let firstInstalment = decided + 365 * firstInstalmentYears.value(row)
    var paidInstalments = 0
    var outstanding = fixed
    var accruedFrom = interestFrom ?? decided
    // The calendar years of the instalments, in which licence income
    // repays at least the yearly minimum.
    let firstYear = Int(state.timeline.calendarYear(at: firstInstalment).rounded(.down))
    let instalmentYears = firstYear..<firstYear + instalments
    var paidOnIncome = 0.0

    /// Books a repayment as `line` (of which `interest` first, if any),
    /// capped by what remains; the cap binds the repayments in date order.
    /// The share owed on history is owed, not value, and falls due on the
    /// valuation date at the earliest. `period`, when given, must be the
    /// period whose flow day `day` is (every caller passes both from one
    /// period's bounds): the flow is then booked by period, at its
    /// tabulated factor, the same number as the day's, without looking
    /// for the day's period. (An enum of the two, tried, cost 130 more
    /// instructions a path: `repay` was no longer inlined.)
    func repay(
      _ amount: Double, on day: Double, period: Int? = nil, channel: Int,
      as line: AdvanceEntry.Line, interest: Double = 0
    ) {
      let payment = min(amount, remaining)
      guard payment > 0 else { return }
      remaining -= payment
      if state.ledger.advanceEntries != nil {
        let interestPaid = min(interest, payment)
        for (share, due) in [(1 - historyShare, day), (historyShare, max(day, 0))]
        where share > 0 && due >= 0 {
          note(.interest, share * interestPaid, on: due, channel: channel, in: &state)
          note(line, share * (payment - interestPaid), on: due, channel: channel, in: &state)
        }
      }
      if historyShare < 1 {
        let booked = -payment * (1 - historyShare)
        let present =
          if let period {
            state.add(booked, period: period, to: index, channel: channel)
          } else {
            state.add(booked, on: day, to: index, channel: channel)
          }
        state.ledger.add(-present, to: .liability, of: index)
      }
      if historyShare > 0 {
        let owed = state.addOwed(-payment * historyShare, on: day, to: index, channel: channel)
        state.ledger.add(owed, to: .liability, of: index)
      }
    }

    // The next instalment's day, found once, not again in each period it
    // falls after; the first one's calendar date once for all of them.
    let anniversaries = state.timeline.anniversaries(of: firstInstalment)
    var nextInstalment = firstInstalment
    // By index, each period read as it comes: iterating the array kept a
    // copy of it, retained, while the repayments wrote to the state.
    for period in state.timeline.periods.indices where remaining > 0 {
      let bounds = state.timeline.periods[period]
      while paidInstalments < instalments, nextInstalment < bounds.end {
        let day = nextInstalment
        let years = max(0, day - accruedFrom) / 365
        let accrued = interest == 0 ? 0 : outstanding * (pow(1 + interest, years) - 1)
        repay(principal + accrued, on: day, channel: fixedChannel, as: .fixed, interest: accrued)
        accruedFrom = max(accruedFrom, day)
        outstanding -= principal
        paidInstalments += 1
        nextInstalment = anniversaries.later(by: paidInstalments)
      }
      let sales = state.programs[program].sales[period]
      if bounds.flowDay >= decided, sales > 0 {
        repay(
          rate * sales, on: bounds.flowDay, period: period, channel: royaltyChannel, as: .royalty)
      }
      guard let terms = licenceIncome else { continue }
      if bounds.flowDay >= decided {
        let income = terms.licences.reduce(0) { $0 + state.ledger.flow(of: $1, in: period) }
        let due = terms.share.value(row) * max(0, income)
        paidOnIncome += min(due, remaining)
        repay(due, on: bounds.flowDay, period: period, channel: royaltyChannel, as: .royalty)
      }
      // The last period of a year of instalments: top the year up to the
      // minimum.
      let isYearEnd =
        period + 1 == state.timeline.periods.count
        || state.timeline.periods[period + 1].year != bounds.year
      if isYearEnd, instalmentYears.contains(bounds.year) {
        let shortfall = (terms.minimum?.value(row) ?? 0) - paidOnIncome
        if shortfall > 0 {
          repay(
            shortfall, on: bounds.flowDay, period: period, channel: royaltyChannel, as: .royalty)
        }
      }
      if isYearEnd { paidOnIncome = 0 }
    }
  }
}
