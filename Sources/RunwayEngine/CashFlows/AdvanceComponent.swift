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
struct AdvanceComponent: ComponentModel {
  let component: Component
  let disbursement: DisbursementModel
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

  var programs: [Int] {
    var programs = [program]
    if let other = disbursement.program, other != program { programs.append(other) }
    return programs
  }

  var isLiability: Bool { true }

  func book(into state: inout PathState, as index: Int) {
    var advance = 0.0
    disbursement.forEachPayment(
      row: state.row, programs: state.programs, timeline: state.timeline
    ) { day, amount in
      state.add(amount, on: day, to: index, channel: advanceChannel)
      advance += amount
    }
    guard advance > 0, let decided = exploitation.day(in: state) else { return }
    let row = state.row
    var remaining = capMultiple.value(row) * advance
    let fixed = fixedShare.value(row) * advance
    let principal = instalments > 0 ? fixed / Double(instalments) : 0
    let interest = interestRate.value(row)
    let rate = royaltyRate.value(row)
    let firstInstalment = decided + 365 * firstInstalmentYears.value(row)
    var paidInstalments = 0
    var outstanding = fixed
    let sales = state.programs[program].sales

    /// Books a repayment, capped by what remains; the cap binds the
    /// repayments in date order.
    func repay(_ amount: Double, on day: Double, channel: Int) {
      let payment = min(amount, remaining)
      guard payment > 0 else { return }
      remaining -= payment
      state.ledger.liability[index] -= state.add(-payment, on: day, to: index, channel: channel)
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
