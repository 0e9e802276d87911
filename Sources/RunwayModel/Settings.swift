/// The settings of a scenario: what is valued, when, in which currency, on
/// which period grid, at which discount rate, and how it is simulated.
public struct Settings: Hashable, Sendable {
  /// A short identifier (kebab-case), used for report folders.
  public var id: String
  /// A human-readable name.
  public var name: String
  /// The day every flow is discounted to.
  public var valuationDate: Day
  /// ISO 4217 code of the reporting currency.
  public var currency: String
  /// The period grid of cash flows.
  public var grid: PeriodGrid
  /// The last day of the horizon.
  public var horizon: Day
  /// The annual discount rate (a fraction: 0.12 for 12 %).
  public var discountRate: Quantity
  /// Whether flows spread over a period are dated at its end or middle.
  public var timing: Timing
  /// Units of reporting currency per unit of each foreign currency.
  public var fx: [String: Quantity]
  /// Monte Carlo settings.
  public var simulation: SimulationSettings
  /// Cash at the valuation date, for the runway and the value bridge;
  /// `nil` when not modelled.
  public var startingCash: Quantity?
  /// The question the headline answers ("What is the Walloon package worth
  /// to Promethera?"); `nil` lets Runway word it.
  public var question: String?
  /// Shares outstanding on the valuation date, for the value per share;
  /// `nil` when not stated.
  public var sharesOutstanding: Double?
  /// What the headline values: the deals and instruments named (their
  /// value together, with minus without them); `nil` for the portfolio.
  public var subject: [String]?
  /// Corporate income tax; `nil` when not modelled (the report says so).
  public var tax: CorporateTax?

  public init(
    id: String, name: String, valuationDate: Day, currency: String, grid: PeriodGrid,
    horizon: Day, discountRate: Quantity, timing: Timing, fx: [String: Quantity],
    simulation: SimulationSettings, startingCash: Quantity?, question: String? = nil,
    sharesOutstanding: Double? = nil
  ) {
    self.id = id
    self.name = name
    self.valuationDate = valuationDate
    self.currency = currency
    self.grid = grid
    self.horizon = horizon
    self.discountRate = discountRate
    self.timing = timing
    self.fx = fx
    self.simulation = simulation
    self.startingCash = startingCash
    self.question = question
    self.sharesOutstanding = sharesOutstanding
  }
}

/// The length of a cash-flow period.
public enum PeriodGrid: String, Hashable, Sendable, CaseIterable {
  case year, quarter, month

  /// Months in one period.
  public var months: Int {
    switch self {
    case .year: 12
    case .quarter: 3
    case .month: 1
    }
  }
}

/// Where in its period a spread flow is dated for discounting.
public enum Timing: String, Hashable, Sendable, CaseIterable {
  case end, mid
}

/// How many paths, from which seed, sampled how.
public struct SimulationSettings: Hashable, Sendable {
  public enum Sampling: String, Hashable, Sendable, CaseIterable {
    case random
    case latinHypercube = "latin-hypercube"
  }

  public var paths: Int
  public var seed: UInt64
  public var sampling: Sampling

  public init(paths: Int = 10_000, seed: UInt64 = 42, sampling: Sampling = .random) {
    self.paths = paths
    self.seed = seed
    self.sampling = sampling
  }
}

/// Corporate income tax on each period's value flows, with losses carried
/// forward without limit (as in Belgium).
public struct CorporateTax: Hashable, Sendable {
  public var rate: Quantity
  /// Tax losses available on the valuation date.
  public var lossesBroughtForward: Quantity?

  public init(rate: Quantity, lossesBroughtForward: Quantity? = nil) {
    self.rate = rate
    self.lossesBroughtForward = lossesBroughtForward
  }
}
