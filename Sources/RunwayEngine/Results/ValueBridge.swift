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
