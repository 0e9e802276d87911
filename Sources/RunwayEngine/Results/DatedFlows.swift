/// One component's cash flows, each on its day with the rate that
/// discounts it, in the two cases a spreadsheet can recompute: unrisked
/// (every phase succeeds) and expected (each flow weighted by the
/// probability of reaching it), inputs at base.
///
/// Σ amount × (1 + rate)^−(day/365) over `unrisked` is the component's
/// NPV, and over `expected` its analytic rNPV: the audit workbook's
/// formulas recompute both from these.
public struct DatedFlows: Hashable, Sendable {
  /// The sum of a case's flows on one day at one rate.
  public struct Flow: Hashable, Sendable {
    /// Days after the valuation date; a flow dated mid-period may fall at
    /// noon (a half day).
    public var day: Double
    public var amount: Double
    /// The annual discount rate of its channel (the scenario's, or a
    /// rate the component carries, such as an advance's own).
    public var rate: Double
    /// Where the rate is stated: `scenario.discountRate`, a field's path
    /// or a variable's (the `--set` path of the report's assumption).
    public var ratePath: String

    public init(day: Double, amount: Double, rate: Double, ratePath: String) {
      self.day = day
      self.amount = amount
      self.rate = rate
      self.ratePath = ratePath
    }
  }

  public var component: String
  public var unrisked: [Flow]
  public var expected: [Flow]

  /// Each component's flows of `unrisked` and `expected`, merged by day
  /// and rate, in the model's order of components.
  static func of(
    _ model: ScenarioModel, unrisked: DeterministicValuation, expected: DeterministicValuation
  ) -> [DatedFlows] {
    let rates = model.discounting.rates.map { $0.value(model.plan.base) }
    let unriskedFlows = merged(unrisked.dated, rates: rates, paths: model.ratePaths)
    let expectedFlows = merged(expected.dated, rates: rates, paths: model.ratePaths)
    return model.components.indices.map { index in
      DatedFlows(
        component: model.components[index].component.id,
        unrisked: unriskedFlows[index] ?? [], expected: expectedFlows[index] ?? [])
    }
  }

  /// The flows of each component summed by day and channel, in day order.
  private static func merged(_ flows: [Ledger.DatedFlow], rates: [Double], paths: [String])
    -> [Int: [Flow]]
  {
    struct Key: Hashable {
      let day: Double
      let channel: Int
    }
    var sums: [Int: [Key: Double]] = [:]
    for flow in flows {
      sums[flow.component, default: [:]][Key(day: flow.day, channel: flow.channel), default: 0] +=
        flow.amount
    }
    return sums.mapValues { byKey in
      byKey.filter { $0.value != 0 }
        .sorted { ($0.key.day, $0.key.channel) < ($1.key.day, $1.key.channel) }
        .map {
          Flow(
            day: $0.key.day, amount: $0.value, rate: rates[$0.key.channel],
            ratePath: paths[$0.key.channel])
        }
    }
  }
}
