/// A recoverable cash advance: the advance received as a share of eligible
/// costs; if the company exploits the results, a fixed share repaid in
/// yearly instalments (with interest on what is outstanding) and a royalty
/// on the program's sales, all repayments together capped at a multiple of
/// the advance; nothing if the results are not exploited.
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
struct AdvanceComponent: ComponentModel {
  let component: Component
  let disbursement: DisbursementModel
  let received: ReceivedPayments
  let exploitation: EventModel
  let program: Int
  let fixedShare: Input
  let instalments: Int
  let firstInstalmentYears: Input
  let royaltyRate: Input
  let capMultiple: Input
  let interestRate: Input
  let advanceChannel: Int
  let fixedChannel: Int
  let royaltyChannel: Int

  var owesHistory: Bool { !received.payments.isEmpty }

  var programs: [Int] { Array(Set([program] + disbursement.programs)).sorted() }

  var isLiability: Bool { true }

  func book(into state: inout PathState, as index: Int) {
    var advance = 0.0
    disbursement.forEachPayment(
      row: state.row, programs: state.programs, timeline: state.timeline
    ) { day, amount in
      state.add(amount, on: day, to: index, channel: advanceChannel)
      advance += amount
    }
    let drawnBefore = received.total(state.row)
    let drawn = advance + drawnBefore
    guard drawn > 0, let decided = exploitation.day(in: state) else { return }
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
    let sales = state.programs[program].sales

    /// Books a repayment, capped by what remains; the cap binds the
    /// repayments in date order. The share owed on history is owed, not
    /// value.
    func repay(_ amount: Double, on day: Double, channel: Int) {
      let payment = min(amount, remaining)
      guard payment > 0 else { return }
      remaining -= payment
      if historyShare < 1 {
        state.ledger.liability[index] -= state.add(
          -payment * (1 - historyShare), on: day, to: index, channel: channel)
      }
      if historyShare > 0 {
        state.ledger.liability[index] += state.addOwed(
          -payment * historyShare, on: day, to: index, channel: channel)
      }
    }

    for (period, bounds) in state.timeline.periods.enumerated() where remaining > 0 {
      while paidInstalments < instalments {
        let day = state.timeline.anniversary(of: firstInstalment, years: paidInstalments)
        guard day < bounds.end else { break }
        repay(principal + interest * outstanding, on: day, channel: fixedChannel)
        outstanding -= principal
        paidInstalments += 1
      }
      if bounds.flowDay >= decided, sales[period] > 0 {
        repay(rate * sales[period], on: bounds.flowDay, channel: royaltyChannel)
      }
    }
  }
}
