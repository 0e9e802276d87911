/// What a solved deal term must achieve, from the company's side of the
/// deal (its component in the scenario).
public enum DealTarget: Hashable, Sendable, CustomStringConvertible {
  /// Our rNPV of the deal (its Monte Carlo mean) equals the amount.
  case ourValue(Double)
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
    case ourValue, ourShare, counterpartyValue, ourP10
  }

  public var figure: Figure {
    switch self {
    case .ourValue: .ourValue
    case .ourShare: .ourShare
    case .counterpartyBreaksEven: .counterpartyValue
    case .ourP10: .ourP10
    }
  }

  public var description: String {
    switch self {
    case .ourValue(let amount): "our rNPV = \(amount)"
    case .ourShare(let share): "our share of the deal's rNPV = \(share * 100)%"
    case .counterpartyBreaksEven: "the counterparty's rNPV = 0"
    case .ourP10(let amount): "our P10 = \(amount)"
    }
  }
}
