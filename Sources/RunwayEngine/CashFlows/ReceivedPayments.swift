/// What an instrument paid before the valuation date: sunk as cash, never
/// booked as new money, but the base of what is still owed on it (an
/// advance's repayments, a clawback of a grant).
struct ReceivedPayments: Sendable {
  /// Days before the valuation date (negative) and amounts.
  let payments: [(day: Double, amount: Input)]

  /// Their total on the path.
  func total(_ row: [Double]) -> Double {
    payments.reduce(0) { $0 + $1.amount.value(row) }
  }
}
