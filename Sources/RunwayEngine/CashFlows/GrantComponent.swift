/// A subsidy: disbursements received, and a clawback that may take back a
/// share of each of them, those received before the valuation date
/// included (owed, not value).
struct GrantComponent: PublicAid {
  let component: Component
  let disbursement: DisbursementModel
  let fundedProgram: Int?
  let maximumIntensity: Input?
  let received: ReceivedPayments
  let clawback: ClawbackModel?
  let channel: Int

  var owesHistory: Bool { !received.payments.isEmpty && clawback != nil }

  var programs: [Int] { disbursement.programs }

  func book(into state: inout PathState, as index: Int) {
    // The closure captures these, not `self` (a copy of the component on
    // every path).
    let (clawback, channel) = (clawback, channel)
    disbursement.forEachPayment(in: &state) { state, day, amount in
      state.add(amount, on: day, to: index, channel: channel)
      clawback?.book(amount, receivedOn: day, into: &state, as: index, channel: channel)
    }
    for payment in received.payments {
      clawback?.book(
        payment.amount.value(state.row), receivedOn: payment.day, into: &state, as: index,
        channel: channel)
    }
  }

  func forEachAid(in state: inout PathState, _ aid: (Int, Double) -> Void) {
    disbursement.forEachAid(in: &state, aid)
  }
}
