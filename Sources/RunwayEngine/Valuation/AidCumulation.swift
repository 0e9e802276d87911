import RunwayModel

/// Public aid set against the costs it funds, per programme and period,
/// on the plan (every phase succeeding, inputs at base).
///
/// Aid that stacks above the costs of a programme, or above the strictest
/// maximum intensity its instruments state, is a warning: state-aid rules
/// cap the cumulated aid on the same eligible costs (the finance review
/// found €5.15M of aid against €4.51M of ACLF costs in one year).
enum AidCumulation {
  static func warnings(_ model: ScenarioModel) -> [String] {
    let aids = model.components.indices.compactMap { index in
      (model.components[index] as? any PublicAid).map { (index: index, aid: $0) }
    }.filter { $0.aid.fundedProgram != nil }
    guard !aids.isEmpty else { return [] }
    var state = model.makeState()
    state.row = model.plan.base
    state.discounting.reset(row: state.row)
    model.book(&state, passed: model.programs.map(\.phases.count))
    let periods = model.timeline.periods
    var warnings: [String] = []
    for program in Set(aids.compactMap(\.aid.fundedProgram)).sorted() {
      let funding = aids.filter { $0.aid.fundedProgram == program }
      var byInstrument = [[Double]](
        repeating: Array(repeating: 0, count: periods.count), count: funding.count)
      for (k, item) in funding.enumerated() {
        item.aid.forEachAid(in: &state) { period, amount in byInstrument[k][period] += amount }
      }
      let limits = funding.compactMap { item in
        item.aid.maximumIntensity.map { (id: item.aid.component.id, value: $0.value(state.row)) }
      }
      let strictest = limits.min { $0.value < $1.value }
      var excesses: [String] = []
      for period in periods.indices {
        let costs = state.programs[program].totalCost(in: period)
        let aid = byInstrument.reduce(0) { $0 + $1[period] }
        let cap = min(1, strictest?.value ?? 1) * costs
        guard aid > cap * (1 + 1e-9) + 1e-6 else { continue }
        let parts = funding.indices.filter { byInstrument[$0][period] > 0 }.map {
          "\(funding[$0].aid.component.id) \(Self.amount(byInstrument[$0][period]))"
        }
        excesses.append(
          "\(state.timeline.labels[period]): \(Self.amount(aid)) (\(parts.joined(separator: ", "))) against costs of \(Self.amount(costs))"
        )
      }
      guard !excesses.isEmpty else { continue }
      let shown = excesses.prefix(3).joined(separator: "; ")
      let more = excesses.count > 3 ? "; and \(excesses.count - 3) more periods" : ""
      let limit =
        strictest.map {
          "the strictest maximum aid intensity its instruments state (\(Int(($0.value * 100).rounded())) %, funding.\($0.id).maximumAidIntensity)"
        } ?? "its costs"
      warnings.append(
        "programs.\(model.programs[program].id) receives public aid above \(limit) on the plan in \(shown)\(more)"
      )
    }
    return warnings
  }

  /// `5.15M`: two decimals in millions, as the review quotes them.
  private static func amount(_ value: Double) -> String {
    let millions = (value / 1e4).rounded() / 100
    return "\(millions)M"
  }
}
