import RunwayEngine

/// The one-page board summary's content, formatted once: `summary.md` and
/// `report.html` render these same strings, so they never disagree.
struct BoardSummary {
  let title: String
  /// The question the headline answers, the answer, and the cash needed.
  let question: String
  let answer: String
  /// The equity value in total and per share; `nil` under a subject.
  let equity: String?
  let cashNeed: String
  /// The risks that move the value most, trial readouts included.
  let risks: [String]
  /// The scenario in one sentence.
  let sentence: String
  let headline: ReportTable
  /// From the programmes to the equity value per share.
  let bridge: ReportTable
  /// The programmes, one by one: the sum of the parts.
  let sumOfTheParts: ReportTable?
  /// Each programme's decision tree.
  let probabilityTrees: ReportTable?
  /// Bear, base and bull, and each readout failing or succeeding.
  let scenarios: ReportTable?
  /// The go/no-go gates: where each stops, and the option's value.
  let decisions: ReportTable?
  /// Equity raises and loans: their cash, price and effect per share,
  /// and the cash runway.
  let financing: ReportTable
  /// Each deal's own value, with minus without it, when asked for.
  let increments: ReportTable?
  /// Each licence's headline, value by payment type and effective royalty.
  let dealEconomics: ReportTable?
  let components: ReportTable
  /// Why a figure that surprises is what it is.
  let notes: [String]
  /// Recoverable advances: the liability and the net benefit.
  let liabilities: ReportTable?
  /// Each recoverable advance's schedule by year.
  let advanceSchedules: [ReportTable]
  /// Deals valued from both sides: ours and the counterparty's rNPV.
  let counterparties: ReportTable?
  let assumptions: ReportTable?
  /// The tornado's widest bars: what moves the rNPV most.
  let drivers: ReportTable?
  /// The rNPV as two inputs move together.
  let twoWayTables: [ReportTable]
  /// Each input's and development outcome's share of the spread.
  let contributions: ReportTable?
  let warnings: [String]
  let provenance: ReportTable
  /// The inputs' and events' words, for the tables and the tornado chart.
  let labels: InputLabel

  init(_ result: ValuationResult, provenance: Provenance) {
    let amount = Self.amount
    let labels = InputLabel(result)
    self.labels = labels
    title = result.name
    question = result.question
    answer = Headline.answer(result)
    equity = Headline.equity(result)
    cashNeed = Headline.cashNeed(result)
    risks = TopRisks.sentences(result, labels: labels)
    let programs = result.components.filter { $0.kind == "program" }.count
    sentence =
      "Valued on \(result.valuationDate) in \(result.currency) with "
      + "\(AmountFormat.grouped(Double(result.paths))) Monte Carlo paths (seed \(result.seed)): "
      + "\(programs) development programs and "
      + "\(result.components.count - programs) funding instruments and deals; "
      + "the risk-adjusted value is \(amount(result.rnpv)) against \(amount(result.npv)) if every phase succeeds."
    headline = ReportTable(
      header: ["", result.currency], rows: Headline.rows(result) + Headline.irrRows(result))
    bridge = Self.bridge(result.bridge)
    sumOfTheParts = Self.sumOfTheParts(result)
    probabilityTrees = ProbabilityTreeTable.table(result)
    scenarios = ScenarioTable.table(result, labels: labels)
    decisions = result.decisions.map { Self.decisions($0, of: result) }
    financing = Self.financing(result)
    increments = result.increments.map(Self.increments)
    dealEconomics = DealEconomics.table(result)
    advanceSchedules = AdvanceScheduleTable.tables(result)
    notes = FigureNotes.sentences(result)
    // Shares are of the portfolio's value, which the components add up to
    // (a subject's is a difference of two scenarios); a share of a
    // negative or zero total means nothing, so there is none.
    let total = result.portfolio?.rnpv ?? result.rnpv
    let shares = total > 0
    components = ReportTable(
      header: ["component", "kind", "NPV", "rNPV", "share of rNPV", "MC mean", "P10", "P90"],
      rows: result.components.map { component in
        let isFinancing = component.section == "financing"
        return [
          component.name, isFinancing ? "\(component.kind) (financing)" : component.kind,
          amount(component.npv), amount(component.rnpv),
          shares && !isFinancing ? Percent.text(component.rnpv / total) : "–",
          amount(component.mean), amount(component.monteCarlo.percentiles.p10),
          amount(component.monteCarlo.percentiles.p90),
        ]
      }, textColumns: 2,
      caption:
        "Each component's value; financing (equity, loans) is listed for its cash but is not in the rNPV or its shares."
        + (shares ? "" : " The total is not positive, so no component has a share of it.")
    )
    let advances = result.components.filter { $0.liability != nil }
    liabilities =
      advances.isEmpty
      ? nil
      : ReportTable(
        header: [
          "advance", "liability (rNPV)", "of which on sums drawn before", "net benefit (rNPV)",
        ],
        rows: advances.map { component in
          [
            component.name, amount(component.liability?.rnpv ?? 0),
            amount(component.outstanding ?? 0), amount(component.rnpv),
          ]
        },
        caption:
          "Recoverable advances: fair value as a liability (present value of the expected repayments), the part owed on sums drawn before the valuation date (in the bridge as a liability already outstanding), and the net benefit of what is still to come."
      )
    let twoSided = result.components.filter { $0.counterpartyValue != nil }
    counterparties =
      twoSided.isEmpty
      ? nil
      : ReportTable(
        header: ["deal", "counterparty", "our rNPV", "their rNPV"],
        rows: twoSided.map { component in
          [
            component.name, component.counterparty ?? "", amount(component.rnpv),
            amount(component.counterpartyValue?.rnpv ?? 0),
          ]
        }, textColumns: 2,
        caption:
          "Deals valued from both sides: our rNPV and the counterparty's, each at its own discount rate."
      )
    assumptions =
      result.assumptions.isEmpty
      ? nil
      : ReportTable(
        header: ["input", "distribution", "mean", "source", "path"],
        rows: result.assumptions.map { assumption in
          [
            labels.text(input: assumption.path), AssumptionText.distribution(assumption),
            assumption.mean.map { InputLabel.value($0, unit: assumption.unit) } ?? "",
            assumption.source ?? "", assumption.path,
          ]
        }, textColumns: 5,
        caption:
          "Each named input, each distribution written in a field, then each figure written as a point that is not an amount (a probability, a rate, a royalty tier, an advance's terms, a duration) and each loss of exclusivity. The path is the one --set takes, to run the scenario with another figure."
      )
    drivers = Self.drivers(result.tornado, limit: TornadoChart.barCount, labels: labels)
    twoWayTables = TwoWayTableText.tables(result, labels: labels)
    contributions = ContributionText.table(result, labels: labels)
    warnings = result.warnings
    self.provenance = Self.provenance(provenance, of: result)
  }

  /// Where the figures come from: the file, its hash, the overrides, the
  /// paths and seed, the version and the date.
  static func provenance(_ provenance: Provenance, of result: ValuationResult) -> ReportTable {
    var origin = [
      ["Scenario file", provenance.scenarioFile],
      ["SHA-256", provenance.sha256],
    ]
    if !provenance.overrides.isEmpty {
      origin.append([
        "Overrides", provenance.overrides.map { "--set \($0)" }.joined(separator: ", "),
      ])
    }
    origin += [
      [
        "Paths, seed, sampling",
        "\(AmountFormat.grouped(Double(result.paths))), \(result.seed), \(result.sampling)",
      ],
      ["Runway version", provenance.runwayVersion],
      ["Run on", provenance.date],
    ]
    return ReportTable(header: ["", ""], rows: origin, textColumns: 2)
  }

  /// The tornado's first `limit` bars as a table, in words with the path
  /// `--set` takes; `nil` when nothing is uncertain.
  static func drivers(_ tornado: Tornado, limit: Int, labels: InputLabel) -> ReportTable? {
    guard !tornado.bars.isEmpty else { return nil }
    return ReportTable(
      header: ["driver", "low", "high", "rNPV low", "rNPV high", "swing", "path"],
      rows: tornado.bars.prefix(limit).map { bar in
        let (low, high) = bar.isEvent ? ("fails", "succeeds") : InputLabel.ends(bar)
        return [
          labels.text(bar), low, high, amount(bar.rnpvAtLow), amount(bar.rnpvAtHigh),
          amount(bar.range), bar.input,
        ]
      }, textColumns: 1,
      caption:
        "Each input swung to its P10 (low) and its P90 (high), and each shared risk and programme's next readout forced to fail and to succeed, every other input at base: the total rNPV (the portfolio's, under a subject) is \(amount(tornado.base)) at base. The path is the one --set, solve and compare take."
    )
  }

  /// Every amount of the summary: compact, in the reporting currency.
  static func amount(_ value: Double) -> String { AmountFormat.compact(value) }

  /// The value bridge as a table: each line's rNPV, Monte Carlo mean with
  /// its standard error, and P10 / P50 / P90; the lines' notes are
  /// sentences of the caption, where a page has room for them.
  private static func bridge(_ bridge: ValueBridge) -> ReportTable {
    let perShare = { (value: Double) in AmountFormat.figure(value) }
    let notes = bridge.lines.compactMap { line in line.note.map { " \(line.label) — \($0)." } }
    return ReportTable(
      header: ["", "rNPV", "MC mean ± s.e.", "P10", "P50", "P90"],
      rows: bridge.lines.map { line in
        let format = line.kind == "per-share" ? perShare : amount
        return [
          line.label, format(line.rnpv), "\(format(line.mean)) ± \(format(line.standardError))",
          format(line.p10), format(line.p50), format(line.p90),
        ]
      },
      caption:
        "From the programmes to the equity value: enterprise rNPV = programmes + deals + non-dilutive funding − corporate costs − taxes; equity value = enterprise rNPV + cash − debt and liabilities already owed."
        + notes.joined()
    )
  }

  /// Each programme's stage, chance of approval, launch and peak sales
  /// beside its values; `nil` without programmes.
  private static func sumOfTheParts(_ result: ValuationResult) -> ReportTable? {
    guard !result.programmes.isEmpty else { return nil }
    return ReportTable(
      header: [
        "programme", "stage", "P(approval)", "launch", "peak sales", "NPV", "rNPV", "MC mean",
        "P10",
        "P90",
      ],
      rows: result.programmes.compactMap { programme in
        guard let component = result.components.first(where: { $0.id == programme.id }) else {
          return nil
        }
        let p = component.monteCarlo.percentiles
        return [
          programme.name, programme.stage, Percent.text(programme.probabilityOfApproval),
          programme.launchYear.map { String(Int($0)) } ?? "–",
          programme.peakSales.map(amount) ?? "–", amount(component.npv), amount(component.rnpv),
          amount(component.mean), amount(p.p10), amount(p.p90),
        ]
      }, textColumns: 2,
      caption:
        "Each programme at base: the phase under way or next, the chance of approval, the launch year and peak sales if every phase succeeds; its NPV if every phase succeeds, its rNPV and its Monte Carlo distribution."
    )
  }

  /// Each gate: how often it is reached and stops, and for which values
  /// of what it knows; the caption gives the option's value.
  private static func decisions(_ decisions: Decisions, of result: ValuationResult)
    -> ReportTable
  {
    ReportTable(
      header: ["programme", "gate before", "P(reached)", "P(stopped)", "stops when"],
      rows: decisions.gates.map { gate in
        let name = result.programmes.first { $0.id == gate.program }?.name ?? gate.program
        let cases = gate.stopsWhen.map { known in
          known.isEmpty
            ? "always"
            : known.sorted { $0.key < $1.key }.map { "\($0.key) = \(amount($0.value))" }
              .joined(separator: ", ")
        }
        return [
          name, gate.phase, Percent.text(gate.probabilityReached),
          Percent.text(gate.probabilityStopped),
          cases.isEmpty ? "never" : cases.joined(separator: "; "),
        ]
      }, textColumns: 2,
      caption:
        "Go/no-go gates: a programme goes on at a gate only where continuing is worth more than stopping, given what is known then. The option to stop adds \(amount(decisions.optionValue)) to the rNPV (\(amount(result.rnpv)) with the gates, \(amount(decisions.rnpvWithoutOption)) if every programme went on)."
    )
  }

  /// Each increment: what "without" means, our value with its Monte Carlo
  /// error, and the counterparty's; then the whole set and whether the
  /// deals interact.
  private static func increments(_ increments: Increments) -> ReportTable {
    let rows = increments.rows.map { item in
      [
        item.name, item.without, amount(item.rnpv),
        "\(amount(item.monteCarlo.mean)) ± \(amount(item.monteCarlo.standardError))",
        item.counterpartyRNPV.map(amount) ?? "",
      ]
    }
    var caption =
      "Each deal's own value: the scenario with it minus without it, on the same random numbers."
    if let interaction = increments.interaction, let mean = increments.interactionMean,
      let error = increments.interactionStandardError, let joint = increments.joint
    {
      let interacts = abs(mean) > 3 * error && abs(interaction) > 1
      caption +=
        interacts
        ? " The deals interact: together they are worth \(amount(joint.rnpv)), against \(amount(joint.rnpv - interaction)) for the sum of their values one by one."
        : " The deals do not interact: together they are worth the sum of their values one by one."
    }
    return ReportTable(
      header: ["deal", "without it", "our rNPV", "MC mean ± s.e.", "their rNPV"], rows: rows,
      textColumns: 2, caption: caption)
  }

  /// Financing: each raise's cash, price and effect on the value per
  /// share, then the cash runway that financing feeds.
  private static func financing(_ result: ValuationResult) -> ReportTable {
    var rows: [[String]] = result.equity.raises.map { raise in
      let price = raise.pricePerShare.map(AmountFormat.figure) ?? "not stated"
      let stake = raise.stake.map { "buys \(Percent.text($0)) of the company; " } ?? ""
      let effect: String =
        switch (raise.valuePerShareBefore, raise.valuePerShareAfter) {
        case (let before?, let after?):
          "\(stake)value per share \(AmountFormat.figure(before)) → \(AmountFormat.figure(after)) (\(raise.effect))"
        case (_, nil) where raise.pricePerShare == nil && raise.stake == nil:
          "no price stated: its dilution cannot be shown"
        default: "\(stake)no shares outstanding stated: its effect per share cannot be shown"
        }
      return ["\(raise.investor), \(raise.date)", amount(raise.amount), price, effect]
    }
    let loans = result.components.filter { $0.kind == "loan" }
    rows += loans.map { ["\($0.name) (loan)", amount($0.npv), "", "NPV of drawing and repaying"] }
    if let shares = result.equity.sharesOutstanding, let value = result.equity.valuePerShare {
      rows.insert(
        [
          "Shares outstanding on the valuation date", AmountFormat.grouped(shares), "",
          "value per share \(AmountFormat.figure(value))",
        ], at: 0)
    }
    let peak = result.cash.peakFundingNeed.percentiles
    rows.append([
      "Funding gap (peak need, P50 / P90)", "\(amount(peak.p50)) / \(amount(peak.p90))", "",
      "",
    ])
    if let starting = result.cash.startingCash {
      rows.append(["Starting cash", amount(starting), "", ""])
    }
    return ReportTable(
      header: ["", "amount", "price per share", "effect"], rows: rows, textColumns: 1,
      caption:
        "Financing moves cash, not value: raises and loans feed the cash runway; a raise priced above the value per share adds to it, one below dilutes it."
    )
  }
}
