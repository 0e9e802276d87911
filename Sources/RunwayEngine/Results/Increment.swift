/// A deal's or funding instrument's own value: the scenario valued with
/// it minus without it, path by path on common random numbers, so that
/// the difference is the deal's, not Monte Carlo noise.
public struct Increment: Codable, Hashable, Sendable {
  /// The deal or instrument, or `subject` for several taken together.
  public var id: String
  public var name: String
  public var kind: String
  /// What "without it" means for its kind.
  public var without: String
  /// The unrisked and analytic differences.
  public var npv: Double
  public var rnpv: Double
  /// The per-path difference's distribution.
  public var monteCarlo: SampleFigures
  /// The counterparty's analytic value of it, where the scenario models
  /// the counterparty (without the deal they have nothing).
  public var counterpartyRNPV: Double?
}

/// The increments of a subject's deals and instruments, and whether they
/// interact.
public struct Increments: Codable, Hashable, Sendable {
  public var items: [Increment]
  /// All of them removed at once, when there are several: the subject's
  /// value.
  public var joint: Increment?
  /// The joint value minus the sum of the items' (analytic), with the
  /// Monte Carlo mean and standard error of the same difference: zero when
  /// the deals do not interact.
  public var interaction: Double?
  public var interactionMean: Double?
  public var interactionStandardError: Double?

  /// The items, then the whole set where there is one: a report's rows.
  public var rows: [Increment] { items + [joint].compactMap(\.self) }
}
