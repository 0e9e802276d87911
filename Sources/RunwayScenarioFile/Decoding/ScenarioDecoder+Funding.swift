import RunwayModel
import Yams

extension ScenarioDecoder {
  /// The entry's `kind` and the shape it selects, or `nil` with an error.
  func kindedShape(
    _ node: Node, path: String, kinds: [(kind: String, shape: ObjectShape)]
  ) -> (String, ObjectShape)? {
    let names = kinds.map(\.kind)
    guard let mapping = node.mapping else {
      log.error(
        at: node.mark, path,
        "expected a mapping with a kind (\(names.joined(separator: ", "))), found \(node.summary)")
      return nil
    }
    guard let kindNode = mapping["kind"], let kind = kindNode.scalar?.string else {
      if let kindNode = mapping["kind"] {
        log.error(
          at: kindNode.mark, "\(path).kind",
          "expected one of \(names.joined(separator: ", ")), found \(kindNode.summary)")
        return nil
      }
      log.error(
        at: node.mark, "\(path).kind", "is required: one of \(names.joined(separator: ", "))")
      return nil
    }
    guard let shape = kinds.first(where: { $0.kind == kind })?.shape else {
      reportUnknown(kind, options: names, mark: kindNode.mark, path: "\(path).kind")
      return nil
    }
    return (kind, shape)
  }

  /// A raise's price: one of `pricePerShare`, `preMoney` or `shares`, or
  /// none (the raise is then cash only).
  private func sharePrice(_ reader: MappingReader) -> EquityInvestment.Price? {
    let keys = ["pricePerShare", "preMoney", "shares"].filter(reader.has)
    guard let key = keys.first else { return nil }
    if keys.count > 1 {
      log.error(
        at: reader[keys[1]]?.mark, reader.path(keys[1]),
        "prices the raise a second time; give one of pricePerShare, preMoney or shares")
      return nil
    }
    guard let value = number(key, in: reader, kind: key == "shares" ? .count : .amount) else {
      return nil
    }
    guard value > 0 else {
      log.error(at: reader[key]?.mark, reader.path(key), "must be positive")
      return nil
    }
    switch key {
    case "pricePerShare": return .perShare(value)
    case "preMoney": return .preMoney(value)
    default: return .shares(value)
    }
  }

  func readFunding(_ node: Node, path: String, programs: [Program]) -> [FundingInstrument] {
    let entries = componentEntries(node, path: path)
    declaredInstruments = entries.map(\.name)
    return entries.compactMap { id, value, _ in
      let field = "\(path).\(id)"
      guard
        let (kind, shape) = kindedShape(value, path: field, kinds: ScenarioFormat.instrumentKinds),
        let reader = MappingReader(value, path: field, shape: shape, log: log)
      else { return nil }
      let name = reader.has("name") ? text("name", in: reader) : id
      let discountRate = quantity("discountRate", in: reader, kind: .rate)
      let terms: FundingInstrument.Terms?
      switch kind {
      case "subsidy":
        let clawback = reader["clawback"].flatMap {
          readClawback($0, path: reader.path("clawback"))
        }
        let disbursement = readDisbursement(
          reader, programs: programs, scheduleTakesProgram: true)
        terms = disbursement.map { disbursement in
          var subsidy = Subsidy(disbursement: disbursement, clawback: clawback)
          if case .schedule = disbursement, reader.has("program") {
            subsidy.program = readProgramScope(reader, programs: programs)?.0
          }
          return .subsidy(subsidy)
        }
      case "recoverable-advance":
        terms = readAdvance(reader, programs: programs).map { .recoverableAdvance($0) }
      case "erdf":
        terms = readERDF(reader, programs: programs).map { .erdf($0) }
      case "equity":
        let investor = text("investor", in: reader)
        let date = date("date", in: reader, notBeforeValuation: true)
        let amount = quantity("amount", in: reader, kind: .amount)
        let price = sharePrice(reader)
        guard let investor, let date, let amount else { return nil }
        terms = .equity(
          EquityInvestment(investor: investor, date: date, amount: amount, price: price))
      default:
        let lender = text("lender", in: reader)
        // A loan drawn before the valuation date is debt still owed.
        let date = date("date", in: reader)
        let amount = quantity("amount", in: reader, kind: .amount)
        let interest = quantity("interest", in: reader, kind: .rate)
        let years = integer(reader["years"], reader.path("years"), range: 1...50)
        let repayment =
          choice("repayment", in: reader, as: Loan.Repayment.self, default: .bullet)
        guard let lender, let date, let amount, let interest, let years, let repayment else {
          return nil
        }
        terms = .loan(
          Loan(
            lender: lender, date: date, amount: amount, interestRate: interest, years: years,
            repayment: repayment))
      }
      // Only the kinds that pay out declare it: equity and loans do not.
      let received =
        shape.field("received") == nil
        ? []
        : list(reader["received"], reader.path("received")).compactMap {
          readDatedAmount($0.0, path: $0.1, kind: .amount, beforeValuation: true)
        }
      let intensity =
        reader.has("maximumAidIntensity")
        ? quantity("maximumAidIntensity", in: reader, kind: .share) : nil
      guard let name, let terms, !reader.has("maximumAidIntensity") || intensity != nil else {
        return nil
      }
      var instrument = FundingInstrument(
        id: id, name: name, terms: terms, discountRate: discountRate, received: received)
      instrument.maximumAidIntensity = intensity
      return instrument
    }
  }

  /// A schedule of fixed disbursements, or a share of a program's costs.
  ///
  /// Beside a schedule, an advance's `program` names the program whose
  /// results are exploited; a subsidy's would be ambiguous.
  private func readDisbursement(
    _ reader: MappingReader, programs: [Program], defaultLag: Double = 0,
    scheduleTakesProgram: Bool = false
  ) -> Disbursement? {
    if reader.has("schedule") {
      for key in (scheduleTakesProgram ? ["share"] : ["program", "share"]) where reader.has(key) {
        log.error(
          at: reader[key]?.mark, reader.path(key),
          "cannot be combined with a schedule; give one or the other")
      }
      let flows = list(reader["schedule"], reader.path("schedule")).compactMap {
        readDatedAmount($0.0, path: $0.1, kind: .amount, conditionsOn: programs)
      }
      return .schedule(flows)
    }
    guard reader.has("program"), reader.has("share") else {
      log.error(
        at: reader.node.mark, reader.path("schedule"),
        "is required, or a program and a share of its costs")
      return nil
    }
    guard let (program, phases) = readProgramScope(reader, programs: programs) else { return nil }
    let share = quantity("share", in: reader, kind: .share)
    let ceiling = quantity("ceiling", in: reader, kind: .amount)
    let lag =
      quantity("lag", in: reader, kind: .years, default: defaultLag)
    guard let share, let lag else { return nil }
    return .shareOfCosts(
      program: program, phases: phases, share: share, ceiling: ceiling, lagYears: lag)
  }

  /// The funded program and, optionally, which of its phases.
  private func readProgramScope(_ reader: MappingReader, programs: [Program]) -> (
    String, [String]?
  )? {
    guard let program = text("program", in: reader) else {
      log.error(
        at: reader.node.mark, reader.path("program"),
        "is required: the program whose costs are funded")
      return nil
    }
    checkReference(
      program, among: declaredPrograms, what: "program", mark: reader["program"]?.mark,
      path: reader.path("program"))
    let phases = reader.has("phases") ? texts(reader["phases"], reader.path("phases")) : nil
    if let phases, let defined = programs.first(where: { $0.id == program }) {
      for phase in phases {
        checkReference(
          phase, among: defined.phases.map(\.name), what: "a phase of \(program),",
          mark: reader["phases"]?.mark, path: reader.path("phases"))
      }
    }
    return (program, phases)
  }

  private func readAdvance(_ reader: MappingReader, programs: [Program]) -> RecoverableAdvance? {
    let disbursement = readDisbursement(
      reader, programs: programs, defaultLag: 0.5, scheduleTakesProgram: true)
    var program: String?
    if case .shareOfCosts(let funded, _, _, _, _) = disbursement { program = funded }
    if program == nil, reader.has("program") {
      program = readProgramScope(reader, programs: programs)?.0
    }
    guard let program else {
      log.error(
        at: reader.node.mark, reader.path("program"),
        "is required: the program whose results are exploited")
      return nil
    }
    let exploitation =
      reader["exploitation"].map {
        readExploitation(
          $0, path: reader.path("exploitation"), program: program, programs: programs)
      } ?? .event(.approval)
    let research = reader["research"].flatMap { node -> DateRange? in
      guard
        let range = MappingReader(
          node, path: reader.path("research"), shape: ScenarioFormat.dateRange, log: log),
        let to = date("to", in: range)
      else { return nil }
      let from = range.has("from") ? date("from", in: range) : nil
      if let from, from > to {
        log.error(at: range["from"]?.mark, range.path("from"), "is \(from), after to: \(to)")
      }
      return DateRange(from: from, to: to)
    }
    if case .researchEnd = exploitation, research == nil, case .schedule = disbursement {
      log.error(
        at: reader["exploitation"]?.mark, reader.path("exploitation"),
        "is research-end, but a schedule has no funded phases: give research: {to: date}")
    }
    let licenceIncome = reader["licenceIncome"].flatMap { node -> LicenceIncomeShare? in
      guard
        let terms = MappingReader(
          node, path: reader.path("licenceIncome"), shape: ScenarioFormat.licenceIncome, log: log),
        let share = quantity("share", in: terms, kind: .share)
      else { return nil }
      licenceIncomePlaces.append((program, node.mark, reader.path("licenceIncome")))
      return LicenceIncomeShare(
        share: share,
        minimumPerYear: terms.has("minimumPerYear")
          ? quantity("minimumPerYear", in: terms, kind: .amount) : nil)
    }
    let fixedShare =
      quantity("fixedShare", in: reader, kind: .share, default: 0.3)
    let instalments =
      reader.has("instalments")
      ? integer(reader["instalments"], reader.path("instalments"), range: 1...50) : 10
    let first =
      quantity("firstInstalment", in: reader, kind: .years, default: 1)
    let royalty =
      quantity("royalty", in: reader, kind: .share, default: 0)
    let cap =
      quantity("cap", in: reader, kind: .multiple, default: 2)
    let interest =
      quantity("interest", in: reader, kind: .rate, default: 0)
    let fixedRate = quantity("fixedPartDiscountRate", in: reader, kind: .rate)
    let royaltyRate = quantity("royaltyDiscountRate", in: reader, kind: .rate)
    let interestFrom = reader.has("interestFrom") ? date("interestFrom", in: reader) : nil
    guard let disbursement, let exploitation, let fixedShare, let instalments, let first,
      let royalty, let cap, let interest,
      !reader.has("research") || research != nil,
      !reader.has("licenceIncome") || licenceIncome != nil,
      !reader.has("interestFrom") || interestFrom != nil
    else { return nil }
    var advance = RecoverableAdvance(
      disbursement: disbursement, exploitation: exploitation, program: program,
      fixedShare: fixedShare, instalments: instalments, firstInstalmentYears: first,
      royaltyRate: royalty, capMultiple: cap, interestRate: interest,
      fixedPartDiscountRate: fixedRate, royaltyDiscountRate: royaltyRate)
    advance.research = research
    advance.interestFrom = interestFrom
    advance.licenceIncome = licenceIncome
    return advance
  }

  /// Warns about an advance's share of licence income where no out-licence
  /// of its program pays any: it repays only its yearly minimum.
  func checkLicenceIncome(deals: [Deal]) {
    for place in licenceIncomePlaces {
      let licensed = deals.contains {
        guard case .licence(let licence) = $0.terms else { return false }
        return licence.direction == .outLicence && licence.program == place.program
      }
      if !licensed {
        log.warning(
          at: place.mark, place.path,
          "takes a share of \(place.program)'s licence income, but no out-licence of \(place.program) pays any; only its yearly minimum is repaid"
        )
      }
    }
  }

  /// An advance's exploitation decision: `research-end`, a date, or an
  /// event of its program.
  private func readExploitation(
    _ node: Node, path: String, program: String, programs: [Program]
  ) -> RecoverableAdvance.Exploitation? {
    if let word = node.scalar?.string {
      guard word == "research-end" else {
        reportUnknown(
          word, options: ["research-end"], mark: node.mark, path: path,
          alternative: "a mapping with event or date")
        return nil
      }
      return .researchEnd
    }
    guard node.mapping?["date"] == nil else {
      guard
        let reader = MappingReader(node, path: path, shape: ScenarioFormat.exploitation, log: log)
      else { return nil }
      if reader.has("event") {
        log.error(at: reader["event"]?.mark, reader.path("event"), "and date both given; keep one")
      }
      return date("date", in: reader, notBeforeValuation: true).map { .date($0) }
    }
    if node.mapping != nil, node.mapping?["event"] == nil {
      log.error(at: node.mark, "\(path).event", "is required: an event, or a date")
      return nil
    }
    return readEvent(
      node, path: path, program: program, programs: programs, shape: ScenarioFormat.exploitation
    ).map { .event($0) }
  }

  private func readERDF(_ reader: MappingReader, programs: [Program]) -> ERDFGrant? {
    let scope = readProgramScope(reader, programs: programs)
    let euShare = quantity("euShare", in: reader, kind: .share)
    let regionalShare =
      quantity("regionalShare", in: reader, kind: .share, default: 0)
    if let eu = euShare?.fixedValue, let region = regionalShare?.fixedValue, eu + region > 1 {
      log.error(
        at: reader["regionalShare"]?.mark, reader.path("regionalShare"),
        "and euShare add up to \(((eu + region) * 1_000).rounded() / 10)%; they can fund at most 100% of the costs"
      )
    }
    let intensity = reader.has("intensity") ? quantity("intensity", in: reader, kind: .share) : nil
    if !reader.has("intensity"), let eu = euShare?.fixedValue,
      let region = regionalShare?.fixedValue
    {
      log.warning(
        at: reader.node.mark, reader.path("intensity"),
        "is not given, so euShare + regionalShare (\(((eu + region) * 1_000).rounded() / 10)%) are taken as the share of the costs the aid pays; FEDER's 40/50/10 is the programme's co-financing split, not the company's aid intensity: state intensity: (the share of eligible costs the aid pays)"
      )
    }
    let ceiling = quantity("ceiling", in: reader, kind: .amount)
    let claimLag =
      quantity("claimLag", in: reader, kind: .years, default: 0.5)
    let audit = reader["audit"].flatMap { readClawback($0, path: reader.path("audit")) }
    guard let scope, let euShare, let regionalShare, let claimLag,
      !reader.has("intensity") || intensity != nil
    else { return nil }
    var grant = ERDFGrant(
      program: scope.0, phases: scope.1, euShare: euShare, regionalShare: regionalShare,
      ceiling: ceiling, claimLagYears: claimLag, audit: audit)
    grant.intensity = intensity
    return grant
  }

  func readClawback(_ node: Node, path: String) -> Clawback? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.clawback, log: log)
    else { return nil }
    let probability = quantity("probability", in: reader, kind: .probability)
    let share =
      quantity("share", in: reader, kind: .share, default: 1)
    let delay =
      quantity("delay", in: reader, kind: .years, default: 3)
    guard let probability, let share, let delay else { return nil }
    return Clawback(probability: probability, share: share, delayYears: delay)
  }

  /// A payment on a date after the valuation date, or, with
  /// `beforeValuation`, one received before it (history, not new money).
  ///
  /// With `conditionsOn`, the amount may wait for an event of those
  /// programmes (`when:`).
  func readDatedAmount(
    _ node: Node, path: String, kind: QuantityKind, beforeValuation: Bool = false,
    conditionsOn programs: [Program]? = nil
  ) -> DatedAmount? {
    let shape = programs == nil ? ScenarioFormat.datedAmount : ScenarioFormat.scheduledAmount
    guard let reader = MappingReader(node, path: path, shape: shape, log: log)
    else { return nil }
    let condition = programs.flatMap { programs in
      reader["when"].flatMap { readCondition($0, path: reader.path("when"), programs: programs) }
    }
    let date = date("date", in: reader, notBeforeValuation: !beforeValuation)
    let amount = quantity(reader["amount"], reader.path("amount"), kind: kind)
    let label = text("label", in: reader)
    if beforeValuation, let date, let valuationDate, date >= valuationDate {
      log.error(
        at: reader["date"]?.mark, reader.path("date"),
        "is \(date), not before the valuation date \(valuationDate); received: lists what was paid before it (later payments are the schedule)"
      )
      return nil
    }
    guard let date, let amount, !reader.has("when") || condition != nil else { return nil }
    return DatedAmount(date: date, amount: amount, label: label, when: condition)
  }

  /// An event of `program`, read from the event keys of `node`.
  ///
  /// The node is a milestone or an exploitation decision: a phase's start
  /// or success, approval, first sale or a sales threshold.
  func readEvent(
    _ node: Node, path: String, program: String?, programs: [Program],
    shape: ObjectShape = ScenarioFormat.event
  ) -> ProgramEvent? {
    guard let reader = MappingReader(node, path: path, shape: shape, log: log),
      let event = word("event", in: reader)
    else { return nil }
    let phaseNames = programs.first { $0.id == program }?.phases.map(\.name)
    func phase() -> String? {
      guard let name = text("phase", in: reader) else {
        log.error(at: node.mark, reader.path("phase"), "is required by \(event): the phase's name")
        return nil
      }
      if let phaseNames, let program {
        checkReference(
          name, among: phaseNames, what: "a phase of \(program),", mark: reader["phase"]?.mark,
          path: reader.path("phase"))
      }
      return name
    }
    switch event {
    case "phase-start": return phase().map { .phaseStart($0) }
    case "phase-success": return phase().map { .phaseSuccess($0) }
    case "phase-failure": return phase().map { .phaseFailure($0) }
    case "approval": return .approval
    case "first-sale": return .firstSale
    case "filing": return .filing
    case "acceptance": return .acceptance
    case "sales-threshold", "cumulative-sales-threshold":
      guard reader.has("threshold") else {
        log.error(
          at: node.mark, reader.path("threshold"),
          "is required by \(event): the \(event == "sales-threshold" ? "annual" : "cumulative") sales reached"
        )
        return nil
      }
      return quantity("threshold", in: reader, kind: .amount).map {
        event == "sales-threshold" ? .salesThreshold($0) : .cumulativeSalesThreshold($0)
      }
    default:  // `word` has reported any other event
      return nil
    }
  }

  func readPackages(_ node: Node, path: String, funding: [FundingInstrument]) -> [FundingPackage] {
    namedEntries(node, path: path).compactMap { id, value, _ in
      let field = "\(path).\(id)"
      guard let reader = MappingReader(value, path: field, shape: ScenarioFormat.package, log: log)
      else { return nil }
      let name = reader.has("name") ? text("name", in: reader) : id
      let total = number("total", in: reader, kind: .amount)
      let members = texts(reader["instruments"], reader.path("instruments"))
      for member in members {
        checkReference(
          member, among: declaredInstruments, what: "funding instrument",
          mark: reader["instruments"]?.mark, path: reader.path("instruments"))
      }
      guard let name, let total else { return nil }
      let package = FundingPackage(id: id, name: name, declaredTotal: total, instruments: members)
      reconcile(package, funding: funding, mark: reader["total"]?.mark, path: reader.path("total"))
      return package
    }
  }

  /// Warns when a package's declared total differs from the sum of its
  /// parts, showing both: announcements round, restate and double-count.
  private func reconcile(
    _ package: FundingPackage, funding: [FundingInstrument], mark: Mark?, path: String
  ) {
    var sum = 0.0
    for id in package.instruments {
      guard let instrument = funding.first(where: { $0.id == id }) else { return }
      guard let nominal = instrument.nominalAmount else {
        log.warning(
          at: mark, path,
          "cannot be reconciled: \(id) has no fixed nominal amount (a fixed ceiling, schedule or amount)"
        )
        return
      }
      sum += nominal
    }
    if abs(sum - package.declaredTotal) > 0.001 * max(abs(sum), abs(package.declaredTotal)) {
      let parts = package.instruments.compactMap { id in
        funding.first { $0.id == id }?.nominalAmount.map { "\(id) \(Self.millions($0))" }
      }
      log.warning(
        at: mark, path,
        "is \(Self.millions(package.declaredTotal)) but the parts add up to \(Self.millions(sum)) (\(parts.joined(separator: " + "))): a difference of \(Self.millions(sum - package.declaredTotal))"
      )
    }
  }

  static func millions(_ value: Double) -> String {
    let rounded = (value / 1e5).rounded() / 10
    return "\(rounded.plain)M"
  }
}

extension FundingInstrument {
  /// The amount the instrument is announced at: its fixed ceiling or
  /// schedule total, or its fixed amount, with what it paid before the
  /// valuation date.
  var nominalAmount: Double? {
    func total(_ disbursement: Disbursement) -> Double? {
      switch disbursement {
      case .schedule(let flows):
        let amounts = flows.compactMap(\.amount.fixedValue)
        return amounts.count == flows.count ? amounts.reduce(0, +) : nil
      case .shareOfCosts(_, _, _, let ceiling, _):
        return ceiling?.fixedValue
      }
    }
    // What was received before the valuation date is part of what was
    // granted.
    let history = received.compactMap(\.amount.fixedValue)
    guard history.count == received.count else { return nil }
    let future: Double? =
      switch terms {
      case .subsidy(let subsidy): total(subsidy.disbursement)
      case .recoverableAdvance(let advance): total(advance.disbursement)
      case .erdf(let grant): grant.ceiling?.fixedValue
      case .equity(let equity): equity.amount.fixedValue
      case .loan(let loan): loan.amount.fixedValue
      }
    return future.map { $0 + history.reduce(0, +) }
  }
}
