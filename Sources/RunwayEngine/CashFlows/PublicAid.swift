/// A component that is public aid (a subsidy, an advance, ERDF
/// co-financing): what it pays set against the costs it funds, for the
/// aid-cumulation check (``AidCumulation``).
protocol PublicAid: ComponentModel {
  /// The programme whose costs it funds, if known.
  var fundedProgram: Int? { get }
  /// The most aid may pay of the costs, as the instrument states.
  var maximumIntensity: Input? { get }
  /// Calls `aid(period, amount)` for each payment on the path, set against
  /// the period whose costs it funds. It only reads `state`, lent
  /// `inout` because the payments' walk hands the state on.
  func forEachAid(in state: inout PathState, _ aid: (Int, Double) -> Void)
}
