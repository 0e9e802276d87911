import Foundation

/// A loan: drawn on its day, then repaid yearly, either interest only with
/// the principal at the end (bullet) or in equal instalments of principal
/// and interest (amortising: P·r / (1 − (1 + r)^−n)).
///
/// A loan drawn before the valuation date is debt: its drawing is sunk,
/// the instalments already due were paid, and those still to come are
/// owed (a liability already outstanding in the value bridge).
struct LoanComponent: ComponentModel {
  let component: Component
  let day: Double
  let amount: Input
  let interestRate: Input
  let years: Int
  let amortising: Bool
  let channel: Int

  var owesHistory: Bool { day < 0 }

  var programs: [Int] { [] }

  func book(into state: inout PathState, as index: Int) {
    let principal = amount.value(state.row)
    let rate = interestRate.value(state.row)
    state.add(principal, on: day, to: index, channel: channel)
    guard years > 0 else { return }
    let annuity =
      rate == 0
      ? principal / Double(years)
      : principal * rate / (1 - pow(1 + rate, -Double(years)))
    let anniversaries = state.timeline.anniversaries(of: day)
    for year in 1...years {
      let payment =
        amortising ? annuity : principal * rate + (year == years ? principal : 0)
      let due = anniversaries.later(by: year)
      if day >= 0 {
        state.add(-payment, on: due, to: index, channel: channel)
      } else if due >= 0 {
        state.addOwed(-payment, on: due, to: index, channel: channel)
      }
    }
  }
}
