/// What a solved deal term must achieve, from the company's side of the
/// deal (its component in the scenario).
///
/// One name for each figure, as everywhere in Runway: the rNPV is the
/// analytic risk-adjusted value (no Monte Carlo noise), the mean the
/// Monte Carlo mean.
public enum DealTarget: Hashable, Sendable {
  /// Our rNPV of the deal equals the amount.
  case ourRNPV(Double)
  /// Our Monte Carlo mean of the deal equals the amount.
  case ourMean(Double)
  /// Our rNPV is this fraction of the deal's total rNPV (ours plus the
  /// counterparty's): 0.5 splits the value evenly.
  case ourShare(Double)
  /// The counterparty's rNPV of the deal is zero: the most it can give.
  case counterpartyBreaksEven
  /// Our P10 of the deal's value equals the amount: with the term on the
  /// right side of the answer, nine paths in ten give at least that.
  case ourP10(Double)

  /// The figure a target is about.
  public enum Figure: String, Codable, Hashable, Sendable {
    case ourRNPV, ourMean, ourShare, counterpartyRNPV, ourP10

    /// How the figure reads in a sentence.
    public var name: String {
      switch self {
      case .ourRNPV: "our rNPV"
      case .ourMean: "our Monte Carlo mean"
      case .ourShare: "our share of the deal's rNPV"
      case .counterpartyRNPV: "the counterparty's rNPV"
      case .ourP10: "our P10"
      }
    }
  }

  public var figure: Figure {
    switch self {
    case .ourRNPV: .ourRNPV
    case .ourMean: .ourMean
    case .ourShare: .ourShare
    case .counterpartyBreaksEven: .counterpartyRNPV
    case .ourP10: .ourP10
    }
  }

  /// The figure's target value: an amount, a share, or 0 for a
  /// break-even.
  public var value: Double {
    switch self {
    case .ourRNPV(let value), .ourMean(let value), .ourShare(let value), .ourP10(let value):
      value
    case .counterpartyBreaksEven: 0
    }
  }
}
