import RunwayModel
import RunwayNumerics

extension ResultAssembly {
  /// The value bridge, line by line, each with its analytic value and its
  /// Monte Carlo distribution; `totals` is the enterprise value's sample
  /// and `sectionLines` the lines of ``bridgeSections``, in their order.
  ///
  /// Percentiles need a sample per line, its P10, P50 and P90 selected:
  /// the sections are read in parallel, with the other summaries, and
  /// the equity value, when it is the enterprise value plus
  /// a constant cash (the usual case), is the totals' sample shifted.
  func bridge(totals: SampleSummary, sectionLines: [ValueBridge.Line]) -> ValueBridge {
    typealias Line = ValueBridge.Line
    let components = model.components
    var lines = sectionLines
    if !lines.contains(where: { $0.kind == BridgeSection.taxes.rawValue }) {
      lines.append(
        bridgeLine(
          "taxes", "Taxes", rnpv: 0, mean: 0, nil,
          note: "not modelled: the scenario states no tax rate (scenario.tax)"))
    }
    lines.append(
      bridgeLine(
        "enterprise", "Enterprise rNPV", rnpv: analytic.total, mean: totals.mean, totals))
    let cash = model.startingCash.map { $0.value(model.plan.base) }
    let owing = components.indices.filter { analytic.owed[$0] != 0 }
    let owed = owing.reduce(0) { $0 + analytic.owed[$1] }
    let equityValue = analytic.total + (cash ?? 0) - owed
    let cashNote = cash == nil ? "not stated (scenario.startingCash)" : nil
    let owedNote =
      owing.isEmpty
      ? "none stated: no loan drawn and no sum received before the valuation date"
      : "still owed on loans drawn and sums received before the valuation date: instalments, advance repayments, expected clawbacks"
    let equity: (sample: any SampleStatistics, shift: Double, mean: Double)
    let liabilities: Line
    if samples.keepsEquity {
      let sample = SelectedSample(
        Array(samples.equity), moments: tally.equity, levels: Self.bandLevels)
      equity = (sample, 0, sample.mean)
      liabilities = bridgeLine(
        "liabilities", "Debt and liabilities already outstanding", members: owing,
        rnpv: -owed, mean: -tally.owed.mean,
        SelectedSample((0..<paths).map { -samples.owed[$0] }, levels: Self.bandLevels),
        note: owedNote)
    } else {
      equity = (totals, cash ?? 0, totals.mean + (cash ?? 0))
      liabilities = bridgeLine(
        "liabilities", "Debt and liabilities already outstanding", rnpv: 0, mean: 0, nil,
        note: owedNote)
    }
    if model.startingCashVaries {
      // Uncertain, the cash is kept per path, inside the equity value.
      lines.append(
        bridgeLine(
          "cash", "Cash on the valuation date", rnpv: cash ?? 0,
          mean: equity.mean - totals.mean + tally.owed.mean,
          SelectedSample(
            (0..<paths).map { samples.equity[$0] - samples.totals[$0] + samples.owed[$0] },
            levels: Self.bandLevels), note: cashNote))
    } else {
      // Stated or absent, it is that number on every path: its line is the
      // number, not the round-off of equity − enterprise + owed path by
      // path (a cash of 1e-8 where none was stated).
      lines.append(
        bridgeLine(
          "cash", "Cash on the valuation date", rnpv: cash ?? 0, mean: cash ?? 0, nil,
          note: cashNote))
    }
    lines.append(liabilities)
    lines.append(
      bridgeLine(
        "equity", "Equity value", rnpv: equityValue, mean: equity.mean, equity.sample,
        shift: equity.shift))
    if let shares = scenario.settings.sharesOutstanding {
      lines.append(
        bridgeLine(
          "per-share", "Value per share", rnpv: equityValue / shares, mean: equity.mean / shares,
          equity.sample, scale: 1 / shares, shift: equity.shift / shares))
    }
    return ValueBridge(lines: lines)
  }

  /// The value sections that hold components, each with its components.
  var bridgeSections: [(section: BridgeSection, members: [Int])] {
    let components = model.components
    return BridgeSection.allCases.filter(\.isValue).map { section in
      (section, components.indices.filter { components[$0].component.section == section })
    }.filter { !$0.1.isEmpty }
  }

  /// The line of `section`: the sum of its `members` on each path,
  /// summarised.
  func bridgeLine(_ section: BridgeSection, members: [Int]) -> ValueBridge.Line {
    bridgeLine(
      section.rawValue, section.label, members: members,
      rnpv: members.reduce(0) { $0 + analytic.value[$1] },
      mean: members.reduce(0) { $0 + tally.values[$1].mean },
      SelectedSample(samples.sum(of: members), levels: Self.bandLevels))
  }

  /// A line from a sample: its moments and percentiles, scaled by `scale`
  /// (positive) and shifted by `shift`.
  private func bridgeLine(
    _ kind: String, _ label: String, members: [Int] = [], rnpv: Double, mean: Double,
    _ sample: (any SampleStatistics)?, scale: Double = 1, shift: Double = 0,
    note: String? = nil
  ) -> ValueBridge.Line {
    func at(_ level: Double) -> Double {
      sample.map { $0.percentile(level) * scale + shift } ?? mean
    }
    return ValueBridge.Line(
      kind: kind, label: label, components: members.map { model.components[$0].component.id },
      rnpv: rnpv, mean: mean, standardError: (sample?.standardError ?? 0) * scale,
      p10: at(0.1), p50: at(0.5), p90: at(0.9), note: note)
  }

  /// Each programme's stage, probability of approval, launch year and
  /// peak sales, every input at base: the sum-of-the-parts table.
  var programmes: [ProgrammeSummary] {
    var state = model.makeState()
    let base = model.plan.base
    return model.programs.enumerated().map { index, program in
      program.evaluate(
        row: base, passed: program.phases.count, timeline: model.timeline,
        into: &state.programs[index])
      let stage = program.phases.indices.first { state.programs[index].end[$0] > 0 }.map {
        program.phases[$0].name
      }
      let component = model.components.firstIndex {
        ($0 as? ProgramComponent).map { $0.program == index && $0.isOurs } ?? false
      }
      return ProgrammeSummary(
        id: program.id, name: program.name, phases: program.phases.map(\.name),
        stage: stage ?? "approved",
        probabilityOfApproval: model.probabilityOfApproval(index, row: base),
        launchYear: state.programs[index].launchDay.map(model.timeline.calendarYear(at:)),
        peakSales: program.market?.peak(base),
        tree: component.map { ProbabilityTree(program: index, component: $0, model: model) })
    }
  }

  /// The value per share, and what each equity raise, in date order, does
  /// to it: a raise priced above the value per share adds to it (its cash
  /// buys fewer shares than it is worth), one below takes from it.
  func equity(value equityValue: Double) -> EquityFigures {
    let shares = scenario.settings.sharesOutstanding
    var value = equityValue
    var count = shares
    var raises: [RaiseEffect] = []
    let instruments = scenario.funding.compactMap { instrument -> (String, EquityInvestment)? in
      guard case .equity(let raise) = instrument.terms else { return nil }
      return (instrument.id, raise)
    }
    for (id, raise) in instruments.sorted(by: { $0.1.date < $1.1.date }) {
      guard let index = model.components.firstIndex(where: { $0.component.id == id }) else {
        continue
      }
      let presentValue = analytic.value[index]
      let amount = unrisked.flows[
        index * model.timeline.periods.count..<(index + 1) * model.timeline.periods.count
      ].reduce(0, +)
      let price: Double? =
        switch raise.price {
        case .perShare(let price): price
        case .preMoney(let preMoney): count.map { preMoney / $0 }
        case .shares(let issued): amount / issued
        case nil: nil
        }
      var effect = RaiseEffect(
        id: id, investor: raise.investor, date: raise.date.description, amount: amount,
        presentValue: presentValue, pricePerShare: price, newShares: nil,
        valuePerShareBefore: count.map { value / $0 }, valuePerShareAfter: nil,
        effect: "unknown")
      // A pre-money gives the stake without a share count.
      if case .preMoney(let preMoney) = raise.price, preMoney + amount > 0 {
        effect.stake = amount / (preMoney + amount)
      }
      if let price, let before = count {
        let issued = amount / price
        let after = (value + presentValue) / (before + issued)
        let change = after / (value / before) - 1
        effect.newShares = issued
        effect.stake = issued / (before + issued)
        effect.valuePerShareAfter = after
        effect.effect = abs(change) <= 1e-9 ? "neutral" : (change > 0 ? "accretive" : "dilutive")
        count = before + issued
      } else {
        count = nil
      }
      value += presentValue
      raises.append(effect)
    }
    return EquityFigures(
      sharesOutstanding: shares, valuePerShare: shares.map { equityValue / $0 }, raises: raises)
  }
}
