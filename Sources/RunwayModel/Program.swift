/// A development asset, such as HepaStem in ACLF: its phases in order and,
/// after approval, its market.
public struct Program: Hashable, Sendable {
  public var id: String
  public var name: String
  /// Phases in order; the first has a start date, each later one starts
  /// when the one before it ends, shifted by its `lag`.
  public var phases: [Phase]
  /// Sales after approval; `nil` for a program valued on costs only.
  public var market: Market?
  /// The partner whose programme it is, or `nil` for ours.
  ///
  /// A partner's costs and sales are not ours: its outcomes and sales only
  /// drive our deals with it (a device's royalty, a supply, a combination
  /// that needs its approval).
  public var owner: String?

  public init(id: String, name: String, phases: [Phase], market: Market?) {
    self.id = id
    self.name = name
    self.phases = phases
    self.market = market
  }
}

/// One development phase: it spends its cost over its duration along its
/// cost curve, and succeeds at its end with its probability.
public struct Phase: Hashable, Sendable {
  public var name: String
  /// Start date (first phase only).
  public var start: Day?
  /// Years after the previous phase's end (negative for an overlap).
  public var lag: Quantity
  /// Years.
  public var duration: Quantity
  /// Total cost of the phase, spent whether or not it succeeds.
  public var cost: Quantity
  public var costCurve: CostCurve
  /// Probability that the phase succeeds, decided at its end (given the
  /// phase it depends on, if any; unused when it shares an outcome).
  public var successProbability: Quantity
  /// Another programme's phase, or a shared risk, whose outcome this one
  /// shares or depends on.
  public var link: PhaseLink?
  /// A go/no-go decision before the phase starts.
  public var gate: Gate?

  public init(
    name: String, start: Day?, lag: Quantity, duration: Quantity, cost: Quantity,
    costCurve: CostCurve, successProbability: Quantity
  ) {
    self.name = name
    self.start = start
    self.lag = lag
    self.duration = duration
    self.cost = cost
    self.costCurve = costCurve
    self.successProbability = successProbability
  }
}

/// How a phase's cost is spent over its duration.
public enum CostCurve: Hashable, Sendable {
  case uniform
  /// Spending falls linearly from twice the average to zero.
  case frontLoaded
  /// Spending rises linearly from zero to twice the average.
  case backLoaded
  /// A logistic S of cumulative spending; larger steepness, sharper S.
  case sCurve(steepness: Double)
  /// The whole cost when the phase starts (a fee, an upfront purchase).
  case lumpAtStart
  /// The whole cost when the phase ends (a final payment, a filing fee).
  case lumpAtEnd
  /// Explicit relative weights of equal slices of the phase.
  case weights([Double])
  /// Patients recruited evenly over `recruitmentYears`, each costing
  /// `costPerPatient` spread over their `followUpYears`; the phase cost is
  /// patients × cost per patient.
  case perPatient(
    patients: Quantity, costPerPatient: Quantity, recruitmentYears: Quantity,
    followUpYears: Quantity)
}

/// A phase's outcome tied to another programme's phase or to a risk that
/// several programmes share.
///
/// Each phase has an outcome of its own draw, whether or not its programme
/// reaches it: `sameOutcome` takes the target's (one trial, one readout),
/// `dependsOn` succeeds only where the target does, and then with its own
/// conditional probability.
public struct PhaseLink: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case sameOutcome
    case dependsOn
  }

  /// What the phase is tied to.
  public enum Target: Hashable, Sendable, CustomStringConvertible {
    /// Another programme's phase.
    case phase(program: String, phase: String)
    /// A ``SharedRisk`` of the scenario.
    case risk(String)

    public var description: String {
      switch self {
      case .phase(let program, let phase): "\(program)/\(phase)"
      case .risk(let risk): "risks.\(risk)"
      }
    }
  }

  public var kind: Kind
  public var target: Target

  public init(kind: Kind, target: Target) {
    self.kind = kind
    self.target = target
  }
}

/// A go/no-go decision at a phase's start: the programme continues only
/// if the expected value of continuing exceeds that of stopping there,
/// given what is known then.
public struct Gate: Hashable, Sendable {
  /// Variables (discrete) whose values are known when the decision is
  /// taken, such as a market study's verdict.
  public var knowing: [String]

  public init(knowing: [String]) {
    self.knowing = knowing
  }
}

/// The market model of an approved program.
public struct Market: Hashable, Sendable {
  /// The shape of the climb from launch to peak sales.
  public enum Ramp: String, Hashable, Sendable, CaseIterable {
    /// The sales rate climbs steadily from zero: over a 4-year ramp to
    /// 100M, the years after launch sell 12.5M, 37.5M, 62.5M, 87.5M.
    case linear
    /// A smoothstep S, flat at both ends.
    case sCurve = "s-curve"
    /// Each year after launch sells a further step: 25M, 50M, 75M, 100M.
    case step
  }

  /// Years from approval to first sale.
  public var launchLag: Quantity
  /// Annual net sales at peak, all territories.
  public var peakSales: Quantity
  public var yearsToPeak: Quantity
  public var ramp: Ramp
  /// Loss of exclusivity, after which sales erode; `nil` if not modelled.
  public var lossOfExclusivity: Day?
  /// Share of sales lost each year after the loss of exclusivity.
  public var erosion: Quantity
  /// Cost of goods as a share of sales.
  public var cogs: Quantity
  /// Operating (selling, general) costs as a share of sales.
  public var operatingCosts: Quantity
  /// Share of sales per territory code (EU, US, JP, KR, ROW, …); sums to 1.
  public var territories: [String: Double]
  /// Annual sales in each year after launch, in place of the peak and
  /// ramp (the last year's then holds until the loss of exclusivity).
  public var forecast: [Quantity]?

  public init(
    launchLag: Quantity, peakSales: Quantity, yearsToPeak: Quantity, ramp: Ramp,
    lossOfExclusivity: Day?, erosion: Quantity, cogs: Quantity, operatingCosts: Quantity,
    territories: [String: Double]
  ) {
    self.launchLag = launchLag
    self.peakSales = peakSales
    self.yearsToPeak = yearsToPeak
    self.ramp = ramp
    self.lossOfExclusivity = lossOfExclusivity
    self.erosion = erosion
    self.cogs = cogs
    self.operatingCosts = operatingCosts
    self.territories = territories
  }
}
