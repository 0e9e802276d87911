import RunwayModel
import RunwayNumerics

/// The result of valuing a scenario.
///
/// The contract of `runway run --json` (DESIGN.md, "Result JSON"), extended with each component's detail, the
/// cash runway and the run's warnings. Amounts are in the reporting
/// currency; signs are the company's view (money in is positive).
public struct ValuationResult: Codable, Hashable, Sendable {
  public var scenario: String
  public var name: String
  /// The question the headline answers.
  public var question: String
  /// What the headline values: `portfolio`, every component but financing.
  public var subject: String
  public var currency: String
  public var valuationDate: String
  public var paths: Int
  public var seed: UInt64
  public var sampling: String
  /// Unrisked NPV of the subject, financing left out.
  ///
  /// Every phase succeeds, inputs at base (their means).
  public var npv: Double
  /// Analytic rNPV of the subject, financing left out.
  ///
  /// Each flow weighted by the probability of reaching it, inputs at base.
  public var rnpv: Double
  /// From the programmes to the equity value per share.
  public var bridge: ValueBridge
  /// The programmes' stage, probability of approval, launch and peak
  /// sales: with their components' values, the sum of the parts.
  public var programmes: [ProgrammeSummary]
  /// The go/no-go gates' decisions and the option's value, when there are
  /// gates.
  public var decisions: Decisions?
  /// The value per share and each priced raise's effect on it.
  public var equity: EquityFigures
  /// Each deal's and instrument's own value, on request or for a subject.
  public var increments: Increments?
  /// The portfolio's value beside a subject's, as context.
  public var portfolio: PortfolioContext?
  public var irr: IRRFigures
  /// The Monte Carlo distribution of the subject's NPV.
  public var monteCarlo: SampleFigures
  /// The shape of that distribution, for the report's charts.
  public var distribution: NPVDistribution
  /// The running Monte Carlo mean of the subject's NPV, path by path.
  public var convergence: Convergence?
  public var components: [ComponentResult]
  public var cashflows: [PeriodResult]
  public var cash: CashFigures
  /// The scenario's named inputs, for the report's assumptions table.
  public var assumptions: [Assumption]
  /// What each uncertain input does to the rNPV on its own.
  public var tornado: Tornado
  /// The rNPV as two inputs move together, where the scenario has the
  /// pair.
  public var twoWayTables: [TwoWayTable]?
  /// The widest inputs each across its range.
  public var spider: Spider?
  /// What drives the spread of the value, every input and development
  /// outcome moving at once, from the run's first
  /// ``GlobalSensitivity/runPaths`` paths.
  public var contributions: GlobalSensitivity?
  public var warnings: [String]
}

/// A named input of the scenario: its distribution (or value), its mean,
/// and where the figure comes from.
public struct Assumption: Codable, Hashable, Sendable {
  /// A named parameter of the distribution (`min`, `mode`, …).
  public struct Parameter: Codable, Hashable, Sendable {
    public var name: String
    public var value: Double
  }

  public var name: String
  /// The path `--set` takes: `variables.NAME`, or the field's path.
  public var path: String
  /// What it measures, where the file says.
  public var unit: QuantityUnit?
  /// The family (`pert`, `lognormal`, …), `fixed`, or `$other` for an alias.
  public var family: String
  public var parameters: [Parameter]
  /// The ISO code of a variable stated in a foreign currency.
  public var currency: String?
  /// Its mean in the reporting currency (every variable has one).
  public var mean: Double?
  public var source: String?
  /// The day of a date assumption (family `date`), ISO 8601.
  public var date: String?
}

/// The internal rates of return of the subject's flows, financing left
/// out (XIRR convention), `nil` where none exists; every root where there
/// are several, the headline being the one closest to 10 %.
public struct IRRFigures: Codable, Hashable, Sendable {
  public var unrisked: Double?
  public var unriskedRoots: [Double]
  public var expected: Double?
  public var expectedRoots: [Double]
}

/// A Monte Carlo sample summarised.
public struct SampleFigures: Codable, Hashable, Sendable {
  public var mean: Double
  public var standardError: Double
  public var standardDeviation: Double
  public var probabilityNegative: Double
  /// The mean of the worst 5 % of paths (conditional tail mean).
  public var tailMean5: Double
  public var percentiles: Percentiles
}

/// The total NPV's distribution as a report draws it: the percentiles at
/// every whole percent (the S-curve) and a histogram of the central 99 %.
public struct NPVDistribution: Codable, Hashable, Sendable {
  /// Levels 0, 1 %, …, 100 %.
  static let levels = 100
  static let bins = 40
  /// The histogram spans P0.5 to P99.5.
  ///
  /// A long tail would otherwise squeeze every other bar into a few
  /// pixels; the paths beyond are counted.
  static let histogramTail = 0.005

  /// `quantiles[k]` is the k-th percentile (PERCENTILE.INC), k = 0…100.
  public var quantiles: [Double]
  public var histogram: Histogram

  public init(quantiles: [Double], histogram: Histogram) {
    self.quantiles = quantiles
    self.histogram = histogram
  }

  /// The percentile grid and the histogram of the central 99 % of `sample`.
  init(_ sample: SampleSummary) {
    let tails = sample.percentile(Self.histogramTail)...sample.percentile(1 - Self.histogramTail)
    self.init(
      quantiles: sample.quantiles(levels: Self.levels),
      histogram: sample.histogram(bins: Self.bins, range: tails))
  }
}

/// Percentiles (spreadsheet PERCENTILE.INC).
public struct Percentiles: Codable, Hashable, Sendable {
  public var p5: Double
  public var p10: Double
  public var p50: Double
  public var p90: Double
  public var p95: Double

  public init(p5: Double, p10: Double, p50: Double, p90: Double, p95: Double) {
    self.p5 = p5
    self.p10 = p10
    self.p50 = p50
    self.p90 = p90
    self.p95 = p95
  }
}

/// One component's value.
public struct ComponentResult: Codable, Hashable, Sendable {
  public var id: String
  public var name: String
  public var kind: String
  /// Its line of the value bridge (`programmes`, `deals`, …), or
  /// `financing`, which is not in the value.
  public var section: String
  public var counterparty: String?
  /// The group of deals it belongs to, if any.
  public var group: String?
  public var npv: Double
  public var rnpv: Double
  /// The Monte Carlo mean (the contract's `mean`), with the rest of the
  /// distribution in `monteCarlo`.
  public var mean: Double
  public var monteCarlo: SampleFigures
  /// The deal's value to the counterparty, where the scenario models it.
  public var counterpartyValue: SideFigures?
  /// A deal's rNPV by payment type (upfront, milestones, royalties, …),
  /// where it has any: the parts of its `rnpv`.
  public var paymentTypes: [String: Double]?
  /// A licence's headline and effective royalty, where it has terms.
  public var terms: DealTerms?
  /// A recoverable advance's fair value as a liability: the present value
  /// of the expected repayments.
  public var liability: SideFigures?
  /// A recoverable advance's expected schedule by year.
  public var schedule: AdvanceSchedule?
  /// The present value of what is owed on sums it paid before the
  /// valuation date (analytic): a liability already outstanding, in the
  /// bridge apart from the component's value.
  public var outstanding: Double?
}

/// A value seen from one side, deterministic and simulated.
public struct SideFigures: Codable, Hashable, Sendable {
  public var npv: Double
  public var rnpv: Double
  public var mean: Double
  public var standardError: Double
  public var percentiles: Percentiles?
}

/// One period's flows: the Monte Carlo expectation with its P10 and P90,
/// the analytic expectation, each component's expectation, and the cash
/// position.
public struct PeriodResult: Codable, Hashable, Sendable {
  public var period: String
  public var start: String
  public var end: String
  public var expected: Double
  public var p10: Double
  public var p90: Double
  /// The analytic expected flow (the rNPV's flow, undiscounted).
  public var analytic: Double
  public var components: [String: Double]
  public var cashPosition: Band
}

/// A quantity's mean and P10/P50/P90 across paths.
public struct Band: Codable, Hashable, Sendable {
  public var mean: Double
  public var p10: Double
  public var p50: Double
  public var p90: Double
}

/// The cash runway: starting cash, the peak funding need, and the
/// probability that cash has gone below zero by the end of each year.
public struct CashFigures: Codable, Hashable, Sendable {
  public var startingCash: Double?
  /// The largest shortfall below zero of the cash position on a path.
  public var peakFundingNeed: SampleFigures
  public var runway: [YearShortfall]
  /// The first period by whose end cash has gone below zero on half the
  /// paths or more (a quarter or a month where the grid has them), with
  /// that probability; `nil` when cash lasts to the horizon on most paths.
  public var runsOut: RunOut?
  /// The first period by whose end cash has gone below zero on one path
  /// in ten or more: the runway at P10.
  public var runsOutOnOneInTen: RunOut?
  /// How many paths (the first ones) the period percentiles come from.
  public var periodPercentilePaths: Int
}

/// When cash runs out, and on how many paths by then.
public struct RunOut: Codable, Hashable, Sendable {
  /// The period's label (`2021`, `2021-Q3`, `2021-07`).
  public var period: String
  public var probability: Double
}

/// The probability that cash has gone below zero by the end of `year`.
public struct YearShortfall: Codable, Hashable, Sendable {
  public var year: Int
  public var probabilityBelowZero: Double
}
