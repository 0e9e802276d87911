/// ERDF/FEDER co-financing: the EU and the Region reimburse their shares of
/// eligible costs after the claim lag, up to the ceiling; an audit may
/// take back a share of each reimbursement.
struct ERDFComponent: PublicAid {
  let component: Component
  let reimbursement: CostShare
  let maximumIntensity: Input?
  /// Reimbursements before the valuation date, still open to the audit.
  let received: ReceivedPayments
  let audit: ClawbackModel?
  let channel: Int

  var owesHistory: Bool { !received.payments.isEmpty && audit != nil }

  var programs: [Int] { [reimbursement.program] }

  var fundedProgram: Int? { reimbursement.program }

  func forEachAid(in state: inout PathState, _ aid: (Int, Double) -> Void) {
    reimbursement.forEachAid(in: &state, aid)
  }

  func book(into state: inout PathState, as index: Int) {
    // The closure captures these, not `self`: capturing `self` copied the
    // component, its strings and arrays retained, on every path.
    let (audit, channel) = (audit, channel)
    reimbursement.forEachShare(in: &state) { state, _, day, amount in
      state.add(amount, on: day, to: index, channel: channel)
      audit?.book(amount, receivedOn: day, into: &state, as: index, channel: channel)
    }
    for payment in received.payments {
      audit?.book(
        payment.amount.value(state.row), receivedOn: payment.day, into: &state, as: index,
        channel: channel)
    }
  }
}
