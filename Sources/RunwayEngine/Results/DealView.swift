import RunwayNumerics

/// A deal, or a group of deals with one counterparty, as `solve` and
/// `compare` see it: both sides' rNPVs, our Monte Carlo figures from the
/// per-path sum of its deals, and our rNPV by payment type.
public struct DealView: Sendable {
  /// The deal's id, or the group's name.
  public var id: String
  public var rnpv: Double
  public var mean: Double
  public var standardError: Double
  public var p10: Double
  /// Our value on each path.
  public var values: [Double]
  /// The counterparty's rNPV, where one of the deals values its side.
  public var counterpartyRNPV: Double?
  public var counterpartyMean: Double?
  public var paymentTypes: [String: Double]
}

extension Simulation {
  /// The deal `id`, or the group of deals named `id`; `nil` when there is
  /// neither.
  public func deal(_ id: String) -> DealView? {
    let deal = result.components.filter { $0.id == id }
    let members = deal.isEmpty ? result.components.filter { $0.group == id } : deal
    guard !members.isEmpty else { return nil }
    var values = [Double](repeating: 0, count: result.paths)
    for member in members {
      for (path, value) in (self.values(of: member.id) ?? []).enumerated() {
        values[path] += value
      }
    }
    // One deal keeps its own figures (its mean from the run's exact
    // tally); a group's come from the per-path sums.
    let summary = SampleSummary(values)
    let single = members.count == 1 ? members[0] : nil
    let sides = members.compactMap(\.counterpartyValue)
    var types: [String: Double] = [:]
    for member in members {
      for (type, value) in member.paymentTypes ?? [:] { types[type, default: 0] += value }
    }
    return DealView(
      id: id, rnpv: members.reduce(0) { $0 + $1.rnpv },
      mean: single?.mean ?? summary.mean,
      standardError: single?.monteCarlo.standardError ?? summary.standardError,
      p10: single?.monteCarlo.percentiles.p10 ?? summary.percentile(0.1), values: values,
      counterpartyRNPV: sides.isEmpty ? nil : sides.reduce(0) { $0 + $1.rnpv },
      counterpartyMean: sides.isEmpty ? nil : sides.reduce(0) { $0 + $1.mean },
      paymentTypes: types)
  }
}
