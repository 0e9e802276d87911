import Foundation

/// The internal rate of return of a series of flows, with every root shown.
///
/// Flows with more than one change of sign (an investment, income, then a
/// repayment or a clawback) can have several rates at which the NPV is zero.
/// A spreadsheet's IRR silently returns whichever root its Newton iteration
/// reaches from the guess; Runway finds them all and says which one it
/// reports, so that nobody is misled by a silent pick.
///
/// Method: the NPV is scanned as a function of s = ln(1 + r) for r from
/// −99.99 % to 1,000,000 % on a fine grid (one point per 1 % step of
/// 1 + r), and each sign change is refined with ``Brent``. Roots closer
/// together than one grid step, and double roots (where the NPV touches
/// zero without crossing), are not separated.
///
/// Verified against: Microsoft's IRR and XIRR examples and numpy-financial's
/// `test_irr` (`InternalRateOfReturnTests`).
public struct InternalRateOfReturn: Hashable, Sendable {
  /// Every rate found at which the NPV is zero, ascending.
  public let roots: [Double]
  /// The reported rate: the root closest to the guess (Excel's default
  /// guess is 10 %), or `nil` when there is none.
  public let rate: Double?

  /// Whether several rates solve the NPV: report them all.
  public var isAmbiguous: Bool { roots.count > 1 }

  /// The IRR of flows at the ends of equal periods (spreadsheet IRR):
  /// Σ values[i] / (1 + r)^i = 0.
  public init(values: [Double], guess: Double = 0.1) {
    self.init(values: values, years: values.indices.map(Double.init), guess: guess)
  }

  /// The IRR of dated flows (spreadsheet XIRR):
  /// Σ values[i] / (1 + r)^((days[i] − days[0]) / 365) = 0.
  public init(values: [Double], days: [Int], guess: Double = 0.1) {
    precondition(values.count == days.count, "one date per value")
    let first = days.first ?? 0
    self.init(values: values, years: days.map { Double($0 - first) / 365 }, guess: guess)
  }

  /// The rates r with Σ values[i]·(1 + r)^(−years[i]) = 0.
  public init(values: [Double], years: [Double], guess: Double = 0.1) {
    let hasInflow = values.contains { $0 > 0 }
    let hasOutflow = values.contains { $0 < 0 }
    guard hasInflow, hasOutflow else {
      roots = []
      rate = nil
      return
    }
    let latest = years.max() ?? 0
    let earliest = years.min() ?? 0
    // NPV at s = ln(1 + r), multiplied by a positive factor e^{s·t_ref}
    // chosen so that no exponent is positive: the sign (hence the roots)
    // is unchanged and nothing overflows for long series.
    func scaledNPV(_ s: Double) -> Double {
      let reference = s < 0 ? latest : earliest
      var sum = 0.0
      for (value, year) in zip(values, years) { sum += value * exp(-s * (year - reference)) }
      return sum
    }
    let lowest = log(1e-4)  // r = −99.99 %
    let highest = log(1e4 + 1)  // r = 1,000,000 %
    let steps = Int(((highest - lowest) / log(1.01)).rounded(.up))
    var found: [Double] = []
    var previousS = lowest
    var previousValue = scaledNPV(lowest)
    if previousValue == 0 { found.append(lowest) }
    for step in 1...steps {
      let s = lowest + (highest - lowest) * Double(step) / Double(steps)
      let value = scaledNPV(s)
      if value == 0 {
        found.append(s)
      } else if previousValue != 0, (value < 0) != (previousValue < 0),
        let root = try? Brent.root(in: previousS...s, of: scaledNPV)
      {
        found.append(root)
      }
      previousS = s
      previousValue = value
    }
    roots = found.map { expm1($0) }
    rate = roots.min { abs($0 - guess) < abs($1 - guess) }
  }
}
