import RunwayModel
import RunwayNumerics

/// Solves one term of a deal (a royalty rate, an upfront, a milestone, a
/// share of costs) so that the deal reaches a target.
///
/// Every valuation uses the same seed and path count, so path i draws the
/// same inputs and phase outcomes whatever the term: the figure is then a
/// smooth, deterministic function of the term (common random numbers), and
/// Brent's method finds where it meets the target without Monte Carlo
/// noise pushing the answer about. The noise that remains is the one of
/// the figure itself, reported as its standard error.
public enum DealSolver {
  /// The value of `term` in `range` at which deal `deal` reaches `target`.
  ///
  /// `scenario(x)` is the scenario with the term set to `x`; its errors
  /// are rethrown, as are ``DealSolverError``s and ``ValuationError``s.
  public static func solve(
    deal: String, term: String, target: DealTarget, range: ClosedRange<Double>,
    options: Valuation.Options, scenario: (Double) throws -> Scenario
  ) throws -> DealSolution {
    var cache: [Double: Measure] = [:]
    // A step reads the deal's figures, not the sensitivity.
    var stepOptions = options
    stepOptions.sensitivity = false
    func measure(_ x: Double) throws -> Measure {
      if let known = cache[x] { return known }
      let simulation = try Valuation.simulate(scenario(x), options: stepOptions)
      let result = try Measure(simulation, deal: deal, target: target)
      cache[x] = result
      return result
    }
    let lower = try measure(range.lowerBound)
    let upper = try measure(range.upperBound)
    if target.figure == .ourShare, lower.isZeroSum, upper.isZeroSum {
      throw DealSolverError.zeroSum(deal)
    }
    guard (lower.residual <= 0) != (upper.residual <= 0) || lower.residual == 0 else {
      throw DealSolverError.noSolution(
        target: "\(target.figure.name) = \(target.value)", range: range, atLower: lower.figure,
        atUpper: upper.figure)
    }
    // Brent takes a function that cannot fail: a failing valuation is kept
    // and ends the search (a zero residual stops it at once).
    var failure: (any Error)?
    let width = range.upperBound - range.lowerBound
    let root = try Brent.root(in: range, tolerance: width * 1e-9) { x in
      guard failure == nil else { return 0 }
      do { return try measure(x).residual } catch {
        failure = error
        return 0
      }
    }
    if let failure { throw failure }
    let solution = try measure(root)
    // The slope of the figure at the root, on the same random numbers.
    let step = width * 1e-4
    let ends = [max(root - step, range.lowerBound), min(root + step, range.upperBound)]
    let slope = try (measure(ends[1]).figure - measure(ends[0]).figure) / (ends[1] - ends[0])
    return DealSolution(
      deal: deal, term: term, value: root,
      valueStandardError: slope != 0 ? solution.standardError / abs(slope) : nil,
      figure: target.figure, target: target.value, achieved: solution.figure,
      achievedStandardError: solution.standardError, ourRNPV: solution.deal.rnpv,
      ourMean: solution.deal.mean, counterpartyRNPV: solution.deal.counterpartyRNPV,
      counterpartyMean: solution.deal.counterpartyMean, evaluations: cache.count,
      paths: solution.result.paths, seed: solution.result.seed, currency: solution.result.currency)
  }
}

/// What one valuation says about the target: the figure, its standard
/// error, and the residual whose root is the answer.
private struct Measure {
  var figure: Double
  var standardError: Double
  /// Zero at the target; of one sign below it and the other above.
  var residual: Double
  /// Whether the two sides' rNPVs add up to nothing.
  var isZeroSum = false
  /// The deal, or the group of deals, at this valuation.
  let deal: DealView
  let result: ValuationResult

  init(_ simulation: Simulation, deal id: String, target: DealTarget) throws {
    result = simulation.result
    guard let deal = simulation.deal(id) else {
      throw DealSolverError.unknownDeal(id, known: result.components.map(\.id))
    }
    self.deal = deal
    switch target {
    case .ourRNPV(let amount):
      figure = deal.rnpv
      standardError = 0
      residual = figure - amount
    case .ourMean(let amount):
      figure = deal.mean
      standardError = deal.standardError
      residual = figure - amount
    case .ourP10(let amount):
      figure = deal.p10
      standardError = Self.percentileStandardError(deal.values, level: 0.1)
      residual = figure - amount
    case .counterpartyBreaksEven, .ourShare:
      guard let theirs = deal.counterpartyRNPV else {
        throw DealSolverError.counterpartyNotValued(id)
      }
      standardError = 0
      if case .ourShare(let share) = target {
        let total = deal.rnpv + theirs
        isZeroSum = abs(total) <= 1e-9 * (abs(deal.rnpv) + abs(theirs))
        figure = total != 0 ? deal.rnpv / total : 0
        // ours − s·(ours + theirs) has the root of ours/(ours + theirs) − s
        // without dividing by a total that may cross zero.
        residual = deal.rnpv - share * total
      } else {
        figure = theirs
        residual = theirs
      }
    }
  }

  /// The standard error of a sample percentile, from the spread of the
  /// order statistics one binomial standard deviation, √(n·p(1 − p)), on
  /// either side of it.
  static func percentileStandardError(_ values: [Double], level p: Double) -> Double {
    guard values.count > 1 else { return 0 }
    let summary = SampleSummary(values)
    let n = Double(values.count)
    let spread = (p * (1 - p) / n).squareRoot()
    return (summary.percentile(min(p + spread, 1)) - summary.percentile(max(p - spread, 0))) / 2
  }
}
