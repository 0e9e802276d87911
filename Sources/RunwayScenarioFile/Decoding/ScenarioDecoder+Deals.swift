import RunwayModel
import Yams

extension ScenarioDecoder {
  func readDeals(_ node: Node, path: String, programs: [Program]) -> [Deal] {
    let deals = componentEntries(node, path: path).compactMap { id, value, _ -> Deal? in
      let field = "\(path).\(id)"
      guard let (kind, shape) = kindedShape(value, path: field, kinds: ScenarioFormat.dealKinds),
        let reader = MappingReader(value, path: field, shape: shape, log: log)
      else { return nil }
      let counterparty = text("counterparty", in: reader)
      let name = reader.has("name") ? text("name", in: reader) : nil
      dealCurrency =
        reader.has("currency") ? text("currency", in: reader) : nil
      if let code = dealCurrency {
        currencyUses.append((code, reader["currency"]?.mark, reader.path("currency")))
      }
      defer { dealCurrency = nil }
      let signed = date("signed", in: reader)
      let discountRate = quantity("discountRate", in: reader, kind: .rate)
      /// The deal's program, checked against the programs declared.
      func program() -> String? {
        guard reader.has("program") else { return nil }
        let name = text("program", in: reader)
        if let name {
          checkReference(
            name, among: declaredPrograms, what: "program", mark: reader["program"]?.mark,
            path: reader.path("program"))
        }
        return name
      }
      let territories =
        shape.field("territories") == nil
        ? [] : texts(reader["territories"], reader.path("territories"))
      let terms: Deal.Terms?
      switch kind {
      case "out-licence", "in-licence":
        terms = readLicence(
          reader, kind: kind, program: program(), territories: territories,
          programs: programs
        )
        .map { .licence($0) }
      case "supply":
        terms = readSupply(reader, program: program(), territories: territories).map { .supply($0) }
      case "co-development":
        let costShare = quantity("costShare", in: reader, kind: .share)
        let profitShare = quantity("profitShare", in: reader, kind: .share)
        guard let program = program(), let costShare, let profitShare else {
          return nil
        }
        terms = .coDevelopment(
          CoDevelopment(program: program, costShare: costShare, profitShare: profitShare))
      case "manufacturing":
        let role = choice("role", in: reader, as: ManufacturingAgreement.Role.self)
        let fee = quantity("technologyTransferFee", in: reader, kind: .amount)
        let runs = quantity("runsPerYear", in: reader, kind: .count)
        let price = quantity("pricePerRun", in: reader, kind: .amount)
        let cost = quantity("costPerRun", in: reader, kind: .amount)
        let start = date("start", in: reader)
        let end = date("end", in: reader)
        checkOrder(start, end, reader)
        if fee != nil && signed == nil {
          log.error(
            at: reader["technologyTransferFee"]?.mark, reader.path("technologyTransferFee"),
            "is paid at signing: add signed: with its date")
        }
        let transferCost =
          reader.has("technologyTransferCost")
          ? quantity("technologyTransferCost", in: reader, kind: .amount) : nil
        if reader.has("technologyTransferCost") && fee == nil {
          log.error(
            at: reader["technologyTransferCost"]?.mark, reader.path("technologyTransferCost"),
            "is the cost of a transfer whose fee is not given: add technologyTransferFee:")
        }
        guard let role, let runs, let price, let start,
          !reader.has("technologyTransferCost") || transferCost != nil
        else { return nil }
        var agreement = ManufacturingAgreement(
          role: role, technologyTransferFee: fee, runsPerYear: runs, pricePerRun: price,
          costPerRun: cost, start: start, end: end)
        agreement.technologyTransferCost = transferCost
        terms = .manufacturing(agreement)
      case "distribution":
        let margin = quantity("margin", in: reader, kind: .share)
        let takesOver =
          reader.has("takesOver") ? quantity("takesOver", in: reader, kind: .share) : nil
        guard let program = program(), let margin, !reader.has("takesOver") || takesOver != nil
        else { return nil }
        var alliance = DistributionAlliance(
          program: program, territories: territories, margin: margin)
        alliance.takesOver = takesOver
        terms = .distribution(alliance)
      default:
        let flows = list(reader["flows"], reader.path("flows")).compactMap {
          readContingentFlow($0.0, path: $0.1, programs: programs)
        }
        terms = .cashFlows(flows)
      }
      let category = reader.has("category") ? text("category", in: reader) : nil
      if let category, category != "corporate" {
        log.error(
          at: reader["category"]?.mark, reader.path("category"),
          "is '\(category)'; the one category is corporate (the company's own overheads)")
      }
      guard let counterparty, let terms else { return nil }
      var deal = Deal(
        id: id, name: name, counterparty: counterparty, signed: signed, terms: terms,
        discountRate: discountRate)
      deal.isCorporateCost = category == "corporate"
      // A platform's or a technology licence's (cash-flows and licences).
      if reader.shape.field("replaces") != nil, let node = reader["replaces"] {
        deal.replaces = readReplacedProcess(
          node, path: reader.path("replaces"), programs: programs)
      }
      deal.group = reader.has("group") ? text("group", in: reader) : nil
      deal.condition = reader["when"].flatMap {
        readCondition($0, path: reader.path("when"), programs: programs)
      }
      if let group = deal.group {
        groupPlaces.append((group, counterparty, reader["group"]?.mark, reader.path("group")))
      }
      return deal
    }
    checkGroups()
    return deals
  }

  /// Checks that a group's deals share their counterparty, and that no
  /// group takes the name of a programme, instrument or deal.
  private func checkGroups() {
    var counterparties: [String: String] = [:]
    for place in groupPlaces {
      if let first = componentPaths[place.group] {
        log.error(
          at: place.mark, place.path,
          "is '\(place.group)', the name of \(first); a group needs a name of its own")
        continue
      }
      if let known = counterparties[place.group], known != place.counterparty {
        log.error(
          at: place.mark, place.path,
          "puts a deal with \(place.counterparty) in '\(place.group)', whose deals are with \(known); a group has one counterparty"
        )
      }
      counterparties[place.group] = counterparties[place.group] ?? place.counterparty
    }
  }

  /// A flow of a cash-flows deal: on its date, or waiting for a
  /// programme's event (`when:`), then paid on the later of its date (the
  /// valuation date when none is written) and the event's day.
  private func readContingentFlow(_ node: Node, path: String, programs: [Program])
    -> DatedAmount?
  {
    guard
      let reader = MappingReader(node, path: path, shape: ScenarioFormat.contingentFlow, log: log)
    else { return nil }
    let condition = reader["when"].flatMap {
      readCondition($0, path: reader.path("when"), programs: programs)
    }
    let date =
      reader.has("date") || !reader.has("when")
      ? date("date", in: reader, notBeforeValuation: true) : valuationDate
    if !reader.has("date"), !reader.has("when") {
      log.error(at: node.mark, reader.path("date"), "is required, or a when: event to wait for")
    }
    let amount = quantity(reader["amount"], reader.path("amount"), kind: .flow)
    guard let date, let amount, !reader.has("when") || condition != nil else { return nil }
    return DatedAmount(
      date: date, amount: amount, label: text("label", in: reader), when: condition)
  }

  /// What a flow waits for: one programme's event (perhaps by a date), or
  /// `all:` or `any:` of several.
  func readCondition(_ node: Node, path: String, programs: [Program]) -> FlowCondition? {
    let lists = ["all", "any"].filter { node.mapping?[$0] != nil }
    guard !lists.isEmpty else {
      return readContingentEvent(
        node, path: path, programs: programs, shape: ScenarioFormat.condition
      ).map { .event($0) }
    }
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.condition, log: log)
    else { return nil }
    if lists.count > 1 {
      log.error(at: reader["any"]?.mark, reader.path("any"), "and all: both given; keep one")
      return nil
    }
    let key = lists[0]
    for other in ["program", "event", "phase", "threshold", "by"] where reader.has(other) {
      log.error(
        at: reader[other]?.mark, reader.path(other),
        "belongs inside each event of \(key):, not beside it")
    }
    let items = list(reader[key], reader.path(key))
    if items.isEmpty {
      log.error(at: reader[key]?.mark, reader.path(key), "needs at least one event")
    }
    let events = items.compactMap {
      readContingentEvent(
        $0.0, path: $0.1, programs: programs, shape: ScenarioFormat.eventCondition)
    }
    guard events.count == items.count, !events.isEmpty else { return nil }
    return key == "all" ? .all(events) : .any(events)
  }

  /// A programme's event, read with `shape`, and its deadline.
  private func readContingentEvent(
    _ node: Node, path: String, programs: [Program], shape: ObjectShape
  ) -> ContingentEvent? {
    let program = node.mapping?["program"]?.string
    if let program {
      checkReference(
        program, among: programs.map(\.id), what: "program",
        mark: node.mapping?["program"]?.mark, path: "\(path).program")
    }
    // The condition's shape, which also takes all: and any:, requires
    // neither a programme nor an event.
    for key in ["program", "event"]
    where shape.field(key)?.isRequired == false && node.mapping?[key] == nil {
      log.error(
        at: node.mark, "\(path).\(key)",
        "is required: the programme and the event the flow waits for (or all: / any: a list of events)"
      )
    }
    guard
      let event = readEvent(node, path: path, program: program, programs: programs, shape: shape),
      let program
    else { return nil }
    let by = node.mapping?["by"].flatMap { date($0, "\(path).by", notBeforeValuation: true) }
    return ContingentEvent(program: program, event: event, by: by)
  }

  /// The process a platform replaces: its programmes, their cost of goods
  /// and perhaps their peak sales without the platform.
  private func readReplacedProcess(_ node: Node, path: String, programs: [Program])
    -> ReplacedProcess?
  {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.replaces, log: log)
    else { return nil }
    let names = list(reader["programs"], reader.path("programs")).compactMap { item, field in
      text(item, field).map { name in
        checkReference(
          name, among: programs.map(\.id), what: "program", mark: item.mark, path: field)
        return name
      }
    }
    let peakSales =
      reader.has("peakSales") ? quantity("peakSales", in: reader, kind: .amount) : nil
    guard let cogs = quantity("cogs", in: reader, kind: .share), !names.isEmpty,
      !reader.has("peakSales") || peakSales != nil
    else { return nil }
    return ReplacedProcess(programs: names, cogs: cogs, peakSales: peakSales)
  }

  private func checkOrder(_ start: Day?, _ end: Day?, _ reader: MappingReader) {
    if let start, let end, end < start {
      log.error(at: reader["end"]?.mark, reader.path("end"), "is \(end), before the start \(start)")
    }
  }

  private func readLicence(
    _ reader: MappingReader, kind: String, program: String?, territories: [String],
    programs: [Program]
  ) -> Licence? {
    let upfront = quantity("upfront", in: reader, kind: .amount)
    if upfront != nil && !reader.has("signed") {
      log.error(
        at: reader["upfront"]?.mark, reader.path("upfront"),
        "is paid at signing: add signed: with its date")
    }
    let milestones = list(reader["milestones"], reader.path("milestones")).compactMap {
      item, field -> Milestone? in
      guard
        let event = readEvent(
          item, path: field, program: program, programs: programs, shape: ScenarioFormat.milestone),
        let amount = quantity(item.mapping?["amount"], "\(field).amount", kind: .amount)
      else { return nil }
      return Milestone(
        event: event, amount: amount,
        by: item.mapping?["by"].flatMap { date($0, "\(field).by", notBeforeValuation: true) })
    }
    let royalty = reader["royalty"].flatMap { readRoyalty($0, path: reader.path("royalty")) }
    let sublicence = quantity("sublicenceShare", in: reader, kind: .share)
    let costs = reader["counterpartyCosts"].flatMap {
      readCounterpartyCosts($0, path: reader.path("counterpartyCosts"))
    }
    let borne = reader["licenseeBears"].flatMap { node -> BorneCosts? in
      guard
        let terms = MappingReader(
          node, path: reader.path("licenseeBears"), shape: ScenarioFormat.borneCosts, log: log)
      else { return nil }
      let phases = terms.has("phases") ? texts(terms["phases"], terms.path("phases")) : nil
      if let phases, let defined = programs.first(where: { $0.id == program }) {
        for phase in phases {
          checkReference(
            phase, among: defined.phases.map(\.name), what: "a phase of \(defined.id),",
            mark: terms["phases"]?.mark, path: terms.path("phases"))
        }
      }
      return quantity("share", in: terms, kind: .share, default: 1).map {
        BorneCosts(phases: phases, share: $0)
      }
    }
    let supply = reader["supply"].flatMap { node -> LicenceSupply? in
      guard
        let terms = MappingReader(
          node, path: reader.path("supply"), shape: ScenarioFormat.licenceSupply, log: log),
        let price = quantity("transferPrice", in: terms, kind: .share),
        let cost = quantity("cost", in: terms, kind: .share)
      else { return nil }
      return LicenceSupply(transferPrice: price, cost: cost)
    }
    let withholding =
      reader.has("withholdingTax") ? quantity("withholdingTax", in: reader, kind: .share) : nil
    for key in ["licenseeBears", "supply", "withholdingTax"]
    where kind == "in-licence" && reader.has(key) {
      log.error(
        at: reader[key]?.mark, reader.path(key),
        "is an out-licence's term (what the licensee takes on); in an in-licence we are the licensee"
      )
    }
    if reader.has("licenseeBears"), !reader.has("signed") {
      log.error(
        at: reader["licenseeBears"]?.mark, reader.path("licenseeBears"),
        "takes the costs from signing: add signed: with its date")
    }
    guard let program, let direction = Licence.Direction(rawValue: kind),
      !reader.has("licenseeBears") || borne != nil, !reader.has("supply") || supply != nil,
      !reader.has("withholdingTax") || withholding != nil
    else { return nil }
    var licence = Licence(
      direction: direction, program: program, territories: territories, upfront: upfront,
      milestones: milestones, royalty: royalty, sublicenceShare: sublicence,
      counterpartyCosts: costs)
    licence.licenseeBears = borne
    licence.supply = supply
    licence.withholdingTax = withholding
    return licence
  }

  private func readCounterpartyCosts(_ node: Node, path: String) -> CounterpartyCosts? {
    guard
      let reader = MappingReader(
        node, path: path, shape: ScenarioFormat.counterpartyCosts, log: log)
    else { return nil }
    let cogs = quantity("cogs", in: reader, kind: .share)
    let operating = quantity("operatingCosts", in: reader, kind: .share)
    let discountRate = quantity("discountRate", in: reader, kind: .rate)
    guard let cogs, let operating else { return nil }
    return CounterpartyCosts(cogs: cogs, operatingCosts: operating, discountRate: discountRate)
  }

  private func readRoyalty(_ node: Node, path: String) -> Royalty? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.royalty, log: log)
    else { return nil }
    var tiers: [Royalty.Tier] = []
    var previousFrom: Double?
    for (index, (item, field)) in list(reader["tiers"], reader.path("tiers")).enumerated() {
      guard
        let tierReader = MappingReader(
          item, path: field, shape: ScenarioFormat.royaltyTier, log: log)
      else {
        continue
      }
      let from =
        tierReader.has("from")
        ? number("from", in: tierReader, kind: .amount)
        : (index == 0 ? 0 : nil)
      if !tierReader.has("from") && index > 0 {
        log.error(
          at: item.mark, tierReader.path("from"), "is required on every tier after the first")
      }
      if index == 0, let from, from != 0 {
        log.error(
          at: tierReader["from"]?.mark, tierReader.path("from"),
          "is \(from.plain); the first tier starts at 0")
      }
      if let from, let previousFrom, from <= previousFrom {
        log.error(
          at: tierReader["from"]?.mark, tierReader.path("from"),
          "is \(from.plain), not above the previous tier's \(previousFrom.plain): tiers overlap or are out of order; list them by ascending sales"
        )
      }
      previousFrom = from ?? previousFrom
      if let from, let rate = quantity("rate", in: tierReader, kind: .share) {
        tiers.append(Royalty.Tier(from: from, rate: rate))
      }
    }
    let basis =
      choice("basis", in: reader, as: Royalty.Basis.self, default: .marginal)
    let term = quantity("term", in: reader, kind: .years)
    let stepDown = quantity("stepDown", in: reader, kind: .share)
    let antiStacking = reader["antiStacking"].flatMap { node -> AntiStacking? in
      guard
        let clause = MappingReader(
          node, path: reader.path("antiStacking"), shape: ScenarioFormat.antiStacking, log: log),
        let rate = quantity("thirdPartyRate", in: clause, kind: .share),
        let offset = quantity("offset", in: clause, kind: .share)
      else { return nil }
      return AntiStacking(thirdPartyRate: rate, offset: offset)
    }
    let floor = reader.has("floor") ? quantity("floor", in: reader, kind: .share) : nil
    guard let basis, !tiers.isEmpty, !reader.has("antiStacking") || antiStacking != nil,
      !reader.has("floor") || floor != nil
    else { return nil }
    var royalty = Royalty(tiers: tiers, basis: basis, termYears: term, stepDown: stepDown)
    royalty.currency = dealCurrency
    royalty.antiStacking = antiStacking
    royalty.floor = floor
    return royalty
  }

  private func readSupply(_ reader: MappingReader, program: String?, territories: [String])
    -> SupplyAgreement?
  {
    let volume: SupplyAgreement.Volume?
    if reader.has("unitsPerYear") {
      if reader.has("program") {
        log.error(
          at: reader["program"]?.mark, reader.path("program"),
          "and unitsPerYear both set the volume; keep one")
      }
      volume = quantity("unitsPerYear", in: reader, kind: .count).map {
        .unitsPerYear($0)
      }
    } else if let program {
      let price = quantity("pricePerUnit", in: reader, kind: .amount)
      if !reader.has("pricePerUnit") {
        log.error(
          at: reader.node.mark, reader.path("pricePerUnit"), "is required to count units from sales"
        )
      }
      volume = price.map {
        .followingSales(program: program, territories: territories, pricePerUnit: $0)
      }
    } else {
      log.error(
        at: reader.node.mark, reader.path("unitsPerYear"),
        "is required, or a program whose sales the units follow")
      volume = nil
    }
    let price: SupplyAgreement.Price?
    switch (reader.has("transferPrice"), reader.has("margin")) {
    case (true, false):
      price = quantity("transferPrice", in: reader, kind: .amount).map {
        .transferPrice($0)
      }
    case (false, true):
      price = quantity("margin", in: reader, kind: .number).map {
        .costPlus(margin: $0)
      }
    default:
      log.error(
        at: reader.node.mark, reader.path("transferPrice"),
        "or margin (cost-plus) is required, not both")
      price = nil
    }
    let unitCost = quantity("unitCost", in: reader, kind: .amount)
    let start = date("start", in: reader)
    let end = date("end", in: reader)
    checkOrder(start, end, reader)
    guard let volume, let price, let unitCost, let start else { return nil }
    return SupplyAgreement(volume: volume, price: price, unitCost: unitCost, start: start, end: end)
  }
}
