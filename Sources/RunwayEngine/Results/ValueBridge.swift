/// The value bridge: from the programmes, through deals, non-dilutive
/// funding and corporate costs, to the enterprise rNPV, then the cash on
/// the valuation date and what is already owed, to the equity value and
/// the value per share (DESIGN.md, "The bridge").
///
/// Financing (equity raises, loans) is not in it: it moves cash, not
/// value, and its effect per share is in ``EquityFigures``.
public struct ValueBridge: Codable, Hashable, Sendable {
  /// One line: its analytic value and its Monte Carlo distribution.
  public struct Line: Codable, Hashable, Sendable {
    /// What the line is: a section of components (`programmes`, `deals`,
    /// `non-dilutive-funding`, `corporate-costs`), `taxes`, `enterprise`,
    /// `cash`, `liabilities`, `equity` or `per-share`.
    public var kind: String
    public var label: String
    /// The components summed on this line, if any.
    public var components: [String]
    /// The analytic rNPV (inputs at base).
    public var rnpv: Double
    public var mean: Double
    public var standardError: Double
    public var p10: Double
    public var p50: Double
    public var p90: Double
    /// Why a line is empty or what it leaves out.
    public var note: String?
  }

  public var lines: [Line]

  /// The line of `kind`, if the bridge has one.
  public func line(_ kind: String) -> Line? { lines.first { $0.kind == kind } }
}

/// What the company's shares are worth, and what each priced raise does
/// to the value per share.
public struct EquityFigures: Codable, Hashable, Sendable {
  /// Shares outstanding on the valuation date, when stated.
  public var sharesOutstanding: Double?
  /// The analytic equity value divided by the shares.
  public var valuePerShare: Double?
  public var raises: [RaiseEffect]
}

/// One equity raise: its cash, its price, and the value per share after
/// it against before it.
public struct RaiseEffect: Codable, Hashable, Sendable {
  public var id: String
  public var investor: String
  public var date: String
  /// The amount at its mean, and its present value on the valuation date.
  public var amount: Double
  public var presentValue: Double
  /// `nil` when the raise states no price: its dilution cannot be shown.
  public var pricePerShare: Double?
  public var newShares: Double?
  public var valuePerShareBefore: Double?
  public var valuePerShareAfter: Double?
  /// `accretive`, `neutral`, `dilutive`, or `unknown` without a price or
  /// without the shares outstanding.
  public var effect: String
}

/// A programme as a sum-of-the-parts table shows it: where it stands, its
/// chance of reaching the market and when, and its peak sales, every input
/// at base (its NPV, rNPV and distribution are its component's).
public struct ProgrammeSummary: Codable, Hashable, Sendable {
  public var id: String
  public var name: String
  /// The phase under way, or next, on the valuation date; `approved`
  /// after the last.
  public var stage: String
  /// The product of its phases' success probabilities.
  public var probabilityOfApproval: Double
  /// The calendar year of launch (with fraction) if every phase succeeds.
  public var launchYear: Double?
  /// Peak sales at the mean of their distribution.
  public var peakSales: Double?
}
