/// The scenario language: every mapping a scenario file may hold, its keys,
/// what each key takes and whether it is required.
///
/// The reader checks files against these shapes (unknown keys, with a "did
/// you mean"), `runway schema` writes them as a JSON Schema, and the format
/// reference (`docs/scenario-format.md`) documents them.
public enum ScenarioFormat {
  public static let distribution = ObjectShape(
    "distribution",
    [
      FieldShape(
        "distribution",
        .choice([
          "fixed", "uniform", "triangular", "pert", "normal", "lognormal", "beta", "discrete",
          "bernoulli",
        ]), required: true, "the family"),
      FieldShape("value", .number(.number), "fixed: the value"),
      FieldShape("min", .number(.number), "uniform, triangular, pert, beta: the lowest value"),
      FieldShape("mode", .number(.number), "triangular, pert: the most likely value"),
      FieldShape("max", .number(.number), "uniform, triangular, pert, beta: the highest value"),
      FieldShape("shape", .number(.number), "pert: concentration at the mode (default 4)"),
      FieldShape("mean", .number(.number), "normal, lognormal: the mean"),
      FieldShape("sd", .number(.number), "normal, lognormal: the standard deviation"),
      FieldShape("median", .number(.number), "lognormal: the median (with p90)"),
      FieldShape("p90", .number(.number), "lognormal: the 90th percentile (with median)"),
      FieldShape("alpha", .number(.number), "beta: first shape"),
      FieldShape("beta", .number(.number), "beta: second shape"),
      FieldShape("values", .list(.number(.number)), "discrete: the values"),
      FieldShape("weights", .list(.number(.number)), "discrete: their weights"),
      FieldShape("probability", .number(.probability), "bernoulli: probability of 1"),
      FieldShape("lower", .number(.number), "truncation: lowest value kept"),
      FieldShape("upper", .number(.number), "truncation: highest value kept"),
      FieldShape("source", .text, "where the figures come from"),
    ])

  static let simulation = ObjectShape(
    "simulation",
    [
      FieldShape("paths", .integer, "Monte Carlo paths (default 10,000)"),
      FieldShape("seed", .integer, "seed of the random streams (default 42)"),
      FieldShape(
        "sampling", .choice(["random", "latin-hypercube"]), "sampling (default random)"),
    ])

  static let settings = ObjectShape(
    "scenario",
    [
      FieldShape("id", .text, required: true, "short identifier, kebab-case"),
      FieldShape("name", .text, required: true, "human-readable name"),
      FieldShape("valuationDate", .date, required: true, "the day flows are discounted to"),
      FieldShape("currency", .text, required: true, "reporting currency (ISO 4217)"),
      FieldShape("grid", .choice(["year", "quarter", "month"]), "period grid (default year)"),
      FieldShape("horizon", .date, required: true, "last year (or day) modelled"),
      FieldShape("discountRate", .quantity(.rate), required: true, "annual discount rate"),
      FieldShape("timing", .choice(["end", "mid"]), "flows at period end or middle (default end)"),
      FieldShape("fx", .map(.quantity(.number)), "reporting currency per unit of each currency"),
      FieldShape("simulation", .object(simulation), "Monte Carlo settings"),
      FieldShape(
        "startingCash", .quantity(.flow),
        "cash at the valuation date, for the runway and the value bridge"),
      FieldShape("question", .text, "the question the headline answers (default: Runway words it)"),
      FieldShape(
        "subject", .either([.text, .list(.text)]),
        "what the headline values: portfolio (default) or a list of deals and instruments"),
      FieldShape(
        "sharesOutstanding", .number(.count), "shares on the valuation date, for value per share"),
      FieldShape("tax", .object(tax), "corporate income tax (default: not modelled)"),
    ])

  static let tax = ObjectShape(
    "tax",
    [
      FieldShape("rate", .quantity(.share), required: true, "tax on each period's taxable profit"),
      FieldShape(
        "lossesBroughtForward", .quantity(.amount), "tax losses available on the valuation date"),
    ])

  static let costCurve = ObjectShape(
    "costCurve",
    [
      FieldShape(
        "shape",
        .choice([
          "uniform", "front-loaded", "back-loaded", "s-curve", "lump-start", "lump-end", "weights",
          "per-patient",
        ]),
        required: true, "how the cost is spread"),
      FieldShape("steepness", .number(.number), "s-curve: steepness (default 6)"),
      FieldShape("weights", .list(.number(.number)), "weights: relative spend of equal slices"),
      FieldShape("patients", .quantity(.count), "per-patient: patients enrolled"),
      FieldShape("costPerPatient", .quantity(.amount), "per-patient: cost of one patient"),
      FieldShape("recruitment", .quantity(.years), "per-patient: recruitment period"),
      FieldShape("followUp", .quantity(.years), "per-patient: follow-up of each patient"),
    ])

  static let phase = ObjectShape(
    "phase",
    [
      FieldShape("name", .text, required: true, "name, e.g. Phase 2"),
      FieldShape("start", .date, "start date (first phase only)"),
      FieldShape("lag", .quantity(.number), "years after the previous phase ends (− overlaps)"),
      FieldShape("duration", .quantity(.years), required: true, "duration"),
      FieldShape("cost", .quantity(.amount), "total cost (unless per-patient)"),
      FieldShape(
        "costCurve",
        .either([
          .choice(["uniform", "front-loaded", "back-loaded", "s-curve", "lump-start", "lump-end"]),
          .object(costCurve),
        ]), "how the cost is spread (default uniform)"),
      FieldShape(
        "successProbability", .quantity(.probability),
        "probability of success at the phase's end (required unless linked)"),
      FieldShape(
        "sameOutcomeAs", .object(phaseReference),
        "another programme's phase, or a shared risk, whose outcome this one shares"),
      FieldShape(
        "dependsOn", .object(dependency),
        "another programme's phase, or a shared risk, this one succeeds only after"),
      FieldShape("gate", .object(gate), "a go/no-go decision before the phase starts"),
    ])

  /// A phase of another programme, or a shared risk.
  static let phaseReference = ObjectShape(
    "phaseReference",
    [
      FieldShape("program", .text, "the programme (with phase)"),
      FieldShape("phase", .text, "its phase"),
      FieldShape("risk", .text, "or a risk of the scenario's risks"),
    ])

  /// A go/no-go decision.
  static let gate = ObjectShape(
    "gate",
    [
      FieldShape(
        "knowing", .list(.text),
        "discrete variables whose values are known at the decision ($name)")
    ])

  /// A risk several programmes share.
  static let risk = ObjectShape(
    "risk",
    [
      FieldShape("name", .text, required: true, "name, e.g. HepaStem's mechanism of action"),
      FieldShape(
        "successProbability", .quantity(.probability), required: true,
        "probability that the risk does not materialise"),
      FieldShape("source", .text, "where the figure comes from, or the reasoning"),
    ])

  /// A phase of another programme, and the probability of success given it.
  static let dependency = ObjectShape(
    "dependency",
    phaseReference.fields + [
      FieldShape(
        "successProbability", .quantity(.probability), required: true,
        "probability of success where that phase succeeded")
    ])

  static let market = ObjectShape(
    "market",
    [
      FieldShape("launchLag", .quantity(.years), "approval to first sale (default 1 year)"),
      FieldShape("peakSales", .quantity(.amount), "annual net sales at peak (or a forecast)"),
      FieldShape("yearsToPeak", .quantity(.years), "launch to peak (with peakSales)"),
      FieldShape(
        "ramp", .choice(["linear", "s-curve", "step"]), "shape of the ramp (default s-curve)"),
      FieldShape(
        "forecast", .list(.quantity(.amount)),
        "annual sales in each year after launch, in place of peakSales and yearsToPeak"),
      FieldShape("lossOfExclusivity", .date, "when exclusivity ends"),
      FieldShape("erosion", .quantity(.share), "share of sales lost each year after it"),
      FieldShape("cogs", .quantity(.share), "cost of goods, share of sales"),
      FieldShape("operatingCosts", .quantity(.share), "selling and general costs, share of sales"),
      FieldShape("territories", .map(.number(.share)), "share of sales per territory"),
    ])

  static let program = ObjectShape(
    "program",
    [
      FieldShape("name", .text, required: true, "name"),
      FieldShape("phases", .list(.object(phase)), required: true, "phases in order"),
      FieldShape("market", .object(market), "sales after approval"),
      FieldShape(
        "owner", .text,
        "a partner's programme: its costs and sales are theirs, and drive only our deals with it"),
    ])

  static let variable = ObjectShape(
    "variable",
    distribution.fields.filter { $0.key != "source" } + [
      FieldShape("source", .text, "where the figure comes from, or the reasoning")
    ])

  static let correlation = ObjectShape(
    "correlation",
    [
      FieldShape("between", .list(.text), required: true, "the two variables"),
      FieldShape("value", .number(.number), required: true, "the correlation, in −1…1"),
      FieldShape(
        "measure", .choice(["spearman", "pearson"]), "rank (default) or normal-score correlation"),
    ])

  static let correlationMatrix = ObjectShape(
    "correlationMatrix",
    [
      FieldShape("variables", .list(.text), required: true, "the variables, in matrix order"),
      FieldShape(
        "matrix", .list(.list(.number(.number))), required: true,
        "square, symmetric, ones on the diagonal"),
      FieldShape(
        "measure", .choice(["spearman", "pearson"]), "rank (default) or normal-score correlation"),
    ])

  static let datedAmount = ObjectShape(
    "datedAmount",
    [
      FieldShape("date", .date, required: true, "when"),
      FieldShape("amount", .quantity(.flow), required: true, "how much (money in is positive)"),
      FieldShape("label", .text, "what it is"),
    ])

  /// A flow of a cash-flows deal, which may wait for a programme's event.
  static let contingentFlow = ObjectShape(
    "contingentFlow",
    [
      FieldShape("date", .date, "when (required without when:); with when:, not before it"),
      FieldShape("amount", .quantity(.flow), required: true, "how much (money in is positive)"),
      FieldShape("label", .text, "what it is"),
      FieldShape("when", .object(condition), "the programme event(s) it waits for"),
    ])

  /// A disbursement of a schedule, which may wait for a programme's event.
  static let scheduledAmount = ObjectShape(
    "scheduledAmount",
    datedAmount.fields + [
      FieldShape("when", .object(condition), "the programme event(s) it waits for")
    ])

  /// A programme's event that a flow waits for, perhaps by a deadline.
  static let eventCondition = ObjectShape(
    "eventCondition",
    event.fields + [
      FieldShape("program", .text, required: true, "the programme"),
      FieldShape("by", .date, "the event counts only on or before this date"),
    ])

  /// One event, or all or any of several.
  static let condition = ObjectShape(
    "condition",
    event.fields.map {
      $0.key == "event" ? FieldShape("event", $0.value, "what happens (for one event)") : $0
    } + [
      FieldShape("program", .text, "the programme (required for one event)"),
      FieldShape("by", .date, "the event counts only on or before this date"),
      FieldShape(
        "all", .list(.object(eventCondition)), "events that must all happen (paid on the last)"),
      FieldShape(
        "any", .list(.object(eventCondition)), "events of which one suffices (paid on the first)"),
    ])

  static let clawback = ObjectShape(
    "clawback",
    [
      FieldShape("probability", .quantity(.probability), required: true, "chance of a clawback"),
      FieldShape("share", .quantity(.share), "share repaid (default 100 %)"),
      FieldShape("delay", .quantity(.years), "years after receipt (default 3)"),
    ])

  static let replaces = ObjectShape(
    "replaces",
    [
      FieldShape("programs", .list(.text), required: true, "programmes the platform makes"),
      FieldShape("cogs", .quantity(.share), required: true, "their cost of goods without it"),
      FieldShape(
        "peakSales", .quantity(.amount),
        "each one's peak sales without it, where it also makes them sell more"),
    ])

  static let event = ObjectShape(
    "event",
    [
      FieldShape(
        "event",
        .choice([
          "phase-start", "phase-success", "phase-failure", "filing", "acceptance", "approval",
          "first-sale", "sales-threshold", "cumulative-sales-threshold",
        ]),
        required: true, "what happens"),
      FieldShape("phase", .text, "phase-start, phase-success, phase-failure: the phase's name"),
      FieldShape(
        "threshold", .quantity(.amount),
        "sales-threshold: annual sales reached; cumulative-sales-threshold: since launch"),
    ])

  /// An advance's exploitation decision: an event or a date.
  static let exploitation = ObjectShape(
    "exploitation",
    event.fields.map {
      $0.key == "event" ? FieldShape("event", $0.value, "an event of the program") : $0
    } + [FieldShape("date", .date, "or a date (exploited if the program is alive then)")])

  /// Two dates.
  static let dateRange = ObjectShape(
    "dateRange",
    [
      FieldShape("from", .date, "first day"),
      FieldShape("to", .date, required: true, "last day"),
    ])

  /// The share of licence income an advance takes back.
  static let licenceIncome = ObjectShape(
    "licenceIncome",
    [
      FieldShape("share", .quantity(.share), required: true, "share of each year's income"),
      FieldShape(
        "minimumPerYear", .quantity(.amount), "least repaid each year of the instalments"),
    ])

  static let milestone = ObjectShape(
    "milestone",
    event.fields + [
      FieldShape("amount", .quantity(.amount), required: true, "payment"),
      FieldShape("by", .date, "the event earns the payment only on or before this date"),
    ])

  private static let common = [
    FieldShape("kind", .text, required: true, "the kind"),
    FieldShape("name", .text, "human-readable name"),
    FieldShape("discountRate", .quantity(.rate), "a discount rate of its own"),
  ]

  private static let costShareFields = [
    FieldShape("program", .text, "program whose phase costs are funded"),
    FieldShape(
      "maximumAidIntensity", .quantity(.share),
      "most public aid may pay of the costs (state-aid rules); cumulated aid above it is a warning"),
    FieldShape("phases", .list(.text), "only these phases' costs (default all)"),
    FieldShape(
      "received", .list(.object(datedAmount)),
      "paid before the valuation date: sunk, its obligations owed"),
  ]

  static let instrumentKinds: [(kind: String, shape: ObjectShape)] = [
    (
      "subsidy",
      ObjectShape(
        "subsidy",
        common + costShareFields + [
          FieldShape(
            "schedule", .list(.object(scheduledAmount)),
            "disbursements on dates, each perhaps waiting for an event"),
          FieldShape("share", .quantity(.share), "share of eligible costs funded"),
          FieldShape("ceiling", .quantity(.amount), "most the grant pays"),
          FieldShape("lag", .quantity(.years), "years from cost to payment (default 0)"),
          FieldShape("clawback", .object(clawback), "risk that it is taken back"),
        ])
    ),
    (
      "recoverable-advance",
      ObjectShape(
        "recoverableAdvance",
        common + costShareFields + [
          FieldShape(
            "schedule", .list(.object(scheduledAmount)),
            "disbursements on dates, each perhaps waiting for an event"),
          FieldShape("share", .quantity(.share), "share of eligible costs advanced"),
          FieldShape("ceiling", .quantity(.amount), "the advance granted"),
          FieldShape("lag", .quantity(.years), "years from cost to payment (default 0.5)"),
          FieldShape(
            "exploitation", .either([.choice(["research-end"]), .object(exploitation)]),
            "when the company decides to exploit (default: approval)"),
          FieldShape("research", .object(dateRange), "the research window whose costs it funds"),
          FieldShape("fixedShare", .quantity(.share), "share repaid in fixed instalments"),
          FieldShape("instalments", .integer, "number of yearly fixed instalments"),
          FieldShape("firstInstalment", .quantity(.years), "years from exploitation (default 1)"),
          FieldShape("royalty", .quantity(.share), "royalty on the program's revenue"),
          FieldShape("cap", .quantity(.multiple), "repayments capped at this multiple"),
          FieldShape("interest", .quantity(.rate), "yearly interest, if any"),
          FieldShape("interestFrom", .date, "interest accrues from (default: the decision)"),
          FieldShape(
            "licenceIncome", .object(licenceIncome), "share of the program's licence income"),
          FieldShape("fixedPartDiscountRate", .quantity(.rate), "rate for the fixed repayments"),
          FieldShape("royaltyDiscountRate", .quantity(.rate), "rate for the royalty"),
        ])
    ),
    (
      "erdf",
      ObjectShape(
        "erdf",
        common + costShareFields + [
          FieldShape(
            "intensity", .quantity(.share), "share of the eligible costs the aid pays"),
          FieldShape(
            "euShare", .quantity(.share), required: true,
            "EU share of the co-financing (of the costs, without intensity)"),
          FieldShape("regionalShare", .quantity(.share), "the Region's share (default 0)"),
          FieldShape("ceiling", .quantity(.amount), "most the grant pays"),
          FieldShape("claimLag", .quantity(.years), "years from cost to payment (default 0.5)"),
          FieldShape("audit", .object(clawback), "audit clawback risk"),
        ])
    ),
    (
      "equity",
      ObjectShape(
        "equity",
        common + [
          FieldShape("investor", .text, required: true, "who subscribes"),
          FieldShape("date", .date, required: true, "when"),
          FieldShape("amount", .quantity(.amount), required: true, "how much"),
          FieldShape("pricePerShare", .number(.amount), "price of one new share"),
          FieldShape("preMoney", .number(.amount), "value before the raise (price = it / shares)"),
          FieldShape("shares", .number(.count), "new shares issued for the amount"),
        ])
    ),
    (
      "loan",
      ObjectShape(
        "loan",
        common + [
          FieldShape("lender", .text, required: true, "who lends"),
          FieldShape("date", .date, required: true, "drawdown"),
          FieldShape("amount", .quantity(.amount), required: true, "principal"),
          FieldShape("interest", .quantity(.rate), required: true, "yearly interest"),
          FieldShape("years", .integer, required: true, "term"),
          FieldShape("repayment", .choice(["bullet", "amortising"]), "default bullet"),
        ])
    ),
  ]

  static let package = ObjectShape(
    "package",
    [
      FieldShape("name", .text, "human-readable name"),
      FieldShape("total", .number(.amount), required: true, "the total as announced"),
      FieldShape("instruments", .list(.text), required: true, "the instruments it groups"),
    ])

  static let royaltyTier = ObjectShape(
    "tier",
    [
      FieldShape(
        "from", .number(.amount), "annual sales where the tier starts, in the deal's currency"),
      FieldShape("rate", .quantity(.share), required: true, "rate"),
    ])

  static let counterpartyCosts = ObjectShape(
    "counterpartyCosts",
    [
      FieldShape("cogs", .quantity(.share), required: true, "its cost of goods share"),
      FieldShape("operatingCosts", .quantity(.share), required: true, "its operating cost share"),
      FieldShape("discountRate", .quantity(.rate), "its discount rate"),
    ])

  static let royalty = ObjectShape(
    "royalty",
    [
      FieldShape("tiers", .list(.object(royaltyTier)), required: true, "tiers in ascending order"),
      FieldShape("basis", .choice(["marginal", "whole"]), "default marginal"),
      FieldShape("term", .quantity(.years), "years from first sale"),
      FieldShape("stepDown", .quantity(.share), "rate reduction after loss of exclusivity"),
      FieldShape(
        "antiStacking", .object(antiStacking), "deduction for royalties paid to third parties"),
      FieldShape("floor", .quantity(.share), "the lowest rate reductions may bring it to"),
    ])

  /// An anti-stacking clause.
  static let antiStacking = ObjectShape(
    "antiStacking",
    [
      FieldShape(
        "thirdPartyRate", .quantity(.share), required: true,
        "royalties the licensee pays others, share of sales"),
      FieldShape(
        "offset", .quantity(.share), required: true, "share of them it may deduct from ours"),
    ])

  private static let dealCommon = [
    FieldShape("kind", .text, required: true, "the kind"),
    FieldShape("name", .text, "human-readable name (default: counterparty and kind)"),
    FieldShape("counterparty", .text, required: true, "the other party"),
    FieldShape("signed", .date, "signing date"),
    FieldShape("currency", .text, "currency of the deal's amounts (default: reporting)"),
    FieldShape(
      "group", .text, "deals with one counterparty that solve and compare take as one"),
    FieldShape("discountRate", .quantity(.rate), "a discount rate of its own"),
    FieldShape(
      "when", .object(condition),
      "in force only on the paths where this holds; elsewhere it pays and costs nothing"),
  ]

  private static let licence = ObjectShape(
    "licence",
    dealCommon + [
      FieldShape("program", .text, required: true, "the licensed program"),
      FieldShape("territories", .list(.text), "territories (default all)"),
      FieldShape("upfront", .quantity(.amount), "paid at signing"),
      FieldShape("milestones", .list(.object(milestone)), "payments on events"),
      FieldShape("royalty", .object(royalty), "royalty on the territories' sales"),
      FieldShape("sublicenceShare", .quantity(.share), "our share of sublicence income"),
      FieldShape(
        "counterpartyCosts", .object(counterpartyCosts), "the licensee's costs, to value its side"),
      FieldShape(
        "licenseeBears", .object(borneCosts),
        "out-licence: the development costs the licensee bears from signing"),
      FieldShape(
        "supply", .object(licenceSupply),
        "out-licence: product we sell the licensee, as shares of its sales"),
      FieldShape(
        "withholdingTax", .quantity(.share),
        "out-licence: share of each payment withheld abroad and not recovered"),
      FieldShape(
        "replaces", .object(replaces),
        "a technology's: the process it replaces, for its value without it"),
    ])

  /// The costs a licensee bears.
  static let borneCosts = ObjectShape(
    "borneCosts",
    [
      FieldShape("phases", .list(.text), "the phases whose costs it bears (default all)"),
      FieldShape("share", .quantity(.share), "share of those costs (default 100%)"),
    ])

  /// Product supplied to a licensee.
  static let licenceSupply = ObjectShape(
    "licenceSupply",
    [
      FieldShape(
        "transferPrice", .quantity(.share), required: true,
        "what the licensee pays, share of its net sales"),
      FieldShape(
        "cost", .quantity(.share), required: true, "what making it costs us, share of those sales"),
    ])

  static let dealKinds: [(kind: String, shape: ObjectShape)] = [
    ("out-licence", licence),
    ("in-licence", licence),
    (
      "supply",
      ObjectShape(
        "supply",
        dealCommon + [
          FieldShape("unitsPerYear", .quantity(.count), "units supplied each year"),
          FieldShape("program", .text, "units follow this program's sales"),
          FieldShape("territories", .list(.text), "in these territories"),
          FieldShape("pricePerUnit", .quantity(.amount), "sales per unit, to count units"),
          FieldShape("transferPrice", .quantity(.amount), "price of a unit"),
          FieldShape("margin", .quantity(.share), "cost-plus margin over the unit cost"),
          FieldShape("unitCost", .quantity(.amount), required: true, "our cost of a unit"),
          FieldShape("start", .date, required: true, "first supply"),
          FieldShape("end", .date, "last supply"),
        ])
    ),
    (
      "co-development",
      ObjectShape(
        "coDevelopment",
        dealCommon + [
          FieldShape("program", .text, required: true, "the shared program"),
          FieldShape("costShare", .quantity(.share), required: true, "our share of trial costs"),
          FieldShape("profitShare", .quantity(.share), required: true, "our share of profits"),
        ])
    ),
    (
      "manufacturing",
      ObjectShape(
        "manufacturing",
        dealCommon + [
          FieldShape("role", .choice(["manufacturer", "client"]), required: true, "our role"),
          FieldShape("technologyTransferFee", .quantity(.amount), "fee at signing"),
          FieldShape(
            "technologyTransferCost", .quantity(.amount),
            "the manufacturer's cost of the transfer, at signing"),
          FieldShape("runsPerYear", .quantity(.count), required: true, "runs each year"),
          FieldShape("pricePerRun", .quantity(.amount), required: true, "price of a run"),
          FieldShape("costPerRun", .quantity(.amount), "the manufacturer's cost of a run"),
          FieldShape("start", .date, required: true, "first run"),
          FieldShape("end", .date, "last run"),
        ])
    ),
    (
      "distribution",
      ObjectShape(
        "distribution",
        dealCommon + [
          FieldShape("program", .text, required: true, "the distributed program"),
          FieldShape("territories", .list(.text), required: true, "where"),
          FieldShape("margin", .quantity(.share), required: true, "distributor's margin on sales"),
          FieldShape(
            "takesOver", .quantity(.share),
            "operating costs the distributor takes over, share of sales"),
        ])
    ),
    (
      "cash-flows",
      ObjectShape(
        "cashFlows",
        dealCommon + [
          FieldShape(
            "flows", .list(.object(contingentFlow)), required: true,
            "dated flows, each perhaps waiting for an event"),
          FieldShape(
            "category", .choice(["corporate"]),
            "corporate: the company's own overheads, a line of the value bridge"),
          FieldShape(
            "replaces", .object(replaces),
            "a platform's: the process it replaces, for its value without it"),
        ])
    ),
  ]

  /// The whole file.
  public static let file = ObjectShape(
    "scenarioFile",
    [
      FieldShape("scenario", .object(settings), required: true, "settings"),
      FieldShape(
        "variables", .map(.either([.quantity(.number), .object(variable)])), "named inputs"),
      FieldShape(
        "correlations", .either([.list(.object(correlation)), .object(correlationMatrix)]),
        "correlations between variables: a list of pairs, or a matrix"),
      FieldShape("programs", .map(.object(program)), "development programs"),
      FieldShape("risks", .map(.object(risk)), "risks several programmes' phases share"),
      FieldShape("funding", .map(.kinds(instrumentKinds)), "funding instruments"),
      FieldShape("packages", .map(.object(package)), "instruments announced together"),
      FieldShape("deals", .map(.kinds(dealKinds)), "agreements with counterparties"),
    ])
}
