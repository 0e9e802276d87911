/// A program's own flows: the cost of every phase it starts and, once
/// approved, its margin on the sales it makes itself; none for a
/// partner's programme.
struct ProgramComponent: ComponentModel {
  let component: Component
  let program: Int
  let ownShare: Double
  /// Whether it is ours; a partner's (`owner`) books nothing.
  let isOurs: Bool

  var programs: [Int] { [program] }

  func book(into state: inout PathState, as index: Int) {
    guard isOurs else { return }
    // The programme's path, the discounting and the ledger are apart in
    // the state, so each can be lent to the booking at once.
    Self.bookNetFlows(
      of: state.programs[program], share: ownShare, discounting: state.discounting,
      into: &state.ledger, as: index)
  }

  /// Books the net flow of each active period of `path`: its sales × `share`
  /// × its margin share, less its costs, discounted in the scenario's own
  /// channel.
  private static func bookNetFlows(
    of path: borrowing ProgramPath, share: Double, discounting: borrowing Discounting,
    into ledger: inout Ledger, as index: Int
  ) {
    path.withNetFlows(share: share) { periods, flow in
      ledger.bookFlows(of: index, in: periods, channel: 0, discounting: discounting, flow)
    }
  }
}
