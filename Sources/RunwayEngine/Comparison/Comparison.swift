import RunwayNumerics

/// Scenarios valued side by side on the same random numbers, each against
/// the first.
///
/// With the same seed and path count, path i of every scenario draws the
/// same value for every input, phase and clawback they share (each draw
/// depends only on the seed, the quantity's name and the path). The
/// difference of two scenarios is then measured path by path: its
/// standard error is the spread of the per-path differences over √n,
/// far below √(SE_A² + SE_B²), the standard error of two independent runs.
public struct Comparison: Codable, Hashable, Sendable {
  /// One scenario's headline figures, and its difference from the first.
  public struct Entry: Codable, Hashable, Sendable {
    public var label: String
    public var scenario: String
    public var name: String
    public var npv: Double
    public var rnpv: Double
    public var monteCarlo: SampleFigures
    public var distribution: NPVDistribution
    /// Against the first scenario; `nil` for the first itself.
    public var difference: Difference?
    /// The compared deal in this scenario, when one is asked for.
    public var deal: DealFigures?
  }

  /// One deal seen from both sides: each side's rNPV, our share of their
  /// total, and our rNPV by payment type.
  public struct DealFigures: Codable, Hashable, Sendable {
    public var id: String
    public var rnpv: Double
    public var counterpartyRNPV: Double?
    /// Our rNPV over both sides' total; `nil` without the counterparty's
    /// side, or where a side loses (a share of a deal one side loses on
    /// says nothing a negotiator can use).
    public var ourShare: Double?
    public var paymentTypes: [String: Double]
  }

  /// The difference of an entry's total NPV from the first's.
  public struct Difference: Codable, Hashable, Sendable {
    /// Of the Monte Carlo means (the rNPVs as simulated).
    public var mean: Double
    /// Of the mean of the per-path differences (common random numbers).
    public var standardError: Double
    /// What the standard error would be from two independent runs of the
    /// same size: √(SE_A² + SE_B²).
    public var independentStandardError: Double
    /// Of the analytic rNPVs.
    public var rnpv: Double
  }

  public var entries: [Entry]
  public var currency: String
  public var paths: Int
  public var seed: UInt64
}

extension Comparison {
  /// Compares labelled simulations, which must share their currency, path
  /// count and seed (the first is the reference); with `deal`, that deal's
  /// two sides and payment types too.
  public init(_ simulations: [(label: String, simulation: Simulation)], deal: String? = nil)
    throws(ValuationError)
  {
    guard let first = simulations.first?.simulation else {
      throw .invalidOptions("a comparison needs at least one scenario")
    }
    let reference = first.result
    for (label, simulation) in simulations.dropFirst() {
      let result = simulation.result
      guard result.currency == reference.currency else {
        throw .invalidOptions(
          "\(label) reports in \(result.currency), \(simulations[0].label) in \(reference.currency): compare scenarios in one currency"
        )
      }
      guard result.paths == reference.paths, result.seed == reference.seed else {
        throw .invalidOptions(
          "\(label) was valued with \(result.paths) paths and seed \(result.seed), \(simulations[0].label) with \(reference.paths) and \(reference.seed): common random numbers need the same"
        )
      }
    }
    let baseline = first.totals
    let entries = simulations.enumerated().map { index, labelled in
      let result = labelled.simulation.result
      var entry = Entry(
        label: labelled.label, scenario: result.scenario, name: result.name, npv: result.npv,
        rnpv: result.rnpv, monteCarlo: result.monteCarlo, distribution: result.distribution)
      if let deal, let view = labelled.simulation.deal(deal) {
        let theirs = view.counterpartyRNPV
        let share = theirs.flatMap { theirs -> Double? in
          guard view.rnpv >= 0, theirs >= 0, view.rnpv + theirs > 0 else { return nil }
          return view.rnpv / (view.rnpv + theirs)
        }
        entry.deal = DealFigures(
          id: deal, rnpv: view.rnpv, counterpartyRNPV: theirs, ourShare: share,
          paymentTypes: view.paymentTypes)
      }
      if index > 0 {
        let paired = Moments(zip(labelled.simulation.totals, baseline).map { $0 - $1 })
        let errors = [result.monteCarlo.standardError, reference.monteCarlo.standardError]
        entry.difference = Difference(
          mean: result.monteCarlo.mean - reference.monteCarlo.mean,
          standardError: paired.standardError,
          independentStandardError: (errors[0] * errors[0] + errors[1] * errors[1]).squareRoot(),
          rnpv: result.rnpv - reference.rnpv)
      }
      return entry
    }
    self.init(
      entries: entries, currency: reference.currency, paths: reference.paths,
      seed: reference.seed)
  }
}
