import RunwayModel
import Yams

extension ScenarioDecoder {
  func readDeals(_ node: Node, path: String, programs: [Program]) -> [Deal] {
    namedEntries(node, path: path).compactMap { id, value, _ in
      let field = "\(path).\(id)"
      guard let (kind, shape) = kindedShape(value, path: field, kinds: ScenarioFormat.dealKinds),
        let reader = MappingReader(value, path: field, shape: shape, log: log)
      else { return nil }
      let counterparty = text(reader["counterparty"], reader.path("counterparty"))
      dealCurrency =
        reader.has("currency") ? text(reader["currency"], reader.path("currency")) : nil
      if let code = dealCurrency {
        currencyUses.append((code, reader["currency"]?.mark, reader.path("currency")))
      }
      defer { dealCurrency = nil }
      let signed = date(reader["signed"], reader.path("signed"))
      let discountRate = quantity(reader["discountRate"], reader.path("discountRate"), kind: .rate)
      /// The deal's program, checked against the programs declared.
      func program() -> String? {
        guard reader.has("program") else { return nil }
        let name = text(reader["program"], reader.path("program"))
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
        let costShare = quantity(reader["costShare"], reader.path("costShare"), kind: .share)
        let profitShare = quantity(reader["profitShare"], reader.path("profitShare"), kind: .share)
        guard let program = program(), let costShare, let profitShare else {
          return nil
        }
        terms = .coDevelopment(
          CoDevelopment(program: program, costShare: costShare, profitShare: profitShare))
      case "manufacturing":
        let role = choice(reader["role"], reader.path("role"), as: ManufacturingAgreement.Role.self)
        let fee = quantity(
          reader["technologyTransferFee"], reader.path("technologyTransferFee"), kind: .amount)
        let runs = quantity(reader["runsPerYear"], reader.path("runsPerYear"), kind: .count)
        let price = quantity(reader["pricePerRun"], reader.path("pricePerRun"), kind: .amount)
        let cost = quantity(reader["costPerRun"], reader.path("costPerRun"), kind: .amount)
        let start = date(reader["start"], reader.path("start"))
        let end = date(reader["end"], reader.path("end"))
        checkOrder(start, end, reader)
        if fee != nil && signed == nil {
          log.error(
            at: reader["technologyTransferFee"]?.mark, reader.path("technologyTransferFee"),
            "is paid at signing: add signed: with its date")
        }
        guard let role, let runs, let price, let start else { return nil }
        terms = .manufacturing(
          ManufacturingAgreement(
            role: role, technologyTransferFee: fee, runsPerYear: runs, pricePerRun: price,
            costPerRun: cost, start: start, end: end))
      case "distribution":
        let margin = quantity(reader["margin"], reader.path("margin"), kind: .share)
        guard let program = program(), let margin else { return nil }
        terms = .distribution(
          DistributionAlliance(program: program, territories: territories, margin: margin))
      default:
        let flows = list(reader["flows"], reader.path("flows")).compactMap {
          readDatedAmount($0.0, path: $0.1, kind: .number)
        }
        terms = .cashFlows(flows)
      }
      guard let counterparty, let terms else { return nil }
      return Deal(
        id: id, counterparty: counterparty, signed: signed, terms: terms, discountRate: discountRate
      )
    }
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
    let upfront = quantity(reader["upfront"], reader.path("upfront"), kind: .amount)
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
      return Milestone(event: event, amount: amount)
    }
    let royalty = reader["royalty"].flatMap { readRoyalty($0, path: reader.path("royalty")) }
    let sublicence = quantity(
      reader["sublicenceShare"], reader.path("sublicenceShare"), kind: .share)
    var costs: CounterpartyCosts?
    if let node = reader["counterpartyCosts"],
      case .object(let shape) = ScenarioFormat.dealKinds[0].shape.field("counterpartyCosts")?.value,
      let costsReader = MappingReader(
        node, path: reader.path("counterpartyCosts"), shape: shape, log: log),
      let cogs = quantity(costsReader["cogs"], costsReader.path("cogs"), kind: .share),
      let operating = quantity(
        costsReader["operatingCosts"], costsReader.path("operatingCosts"), kind: .share)
    {
      costs = CounterpartyCosts(
        cogs: cogs, operatingCosts: operating,
        discountRate: quantity(
          costsReader["discountRate"], costsReader.path("discountRate"), kind: .rate))
    }
    guard let program, let direction = Licence.Direction(rawValue: kind) else { return nil }
    return Licence(
      direction: direction, program: program, territories: territories, upfront: upfront,
      milestones: milestones, royalty: royalty, sublicenceShare: sublicence,
      counterpartyCosts: costs)
  }

  private func readRoyalty(_ node: Node, path: String) -> Royalty? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.royalty, log: log),
      case .list(.object(let tierShape)) = ScenarioFormat.royalty.field("tiers")?.value
    else { return nil }
    var tiers: [Royalty.Tier] = []
    var previousFrom: Double?
    for (index, (item, field)) in list(reader["tiers"], reader.path("tiers")).enumerated() {
      guard let tierReader = MappingReader(item, path: field, shape: tierShape, log: log) else {
        continue
      }
      let from =
        tierReader.has("from")
        ? number(tierReader["from"], tierReader.path("from"), kind: .amount)
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
      if let from, let rate = quantity(tierReader["rate"], tierReader.path("rate"), kind: .share) {
        tiers.append(Royalty.Tier(from: from, rate: rate))
      }
    }
    let basis =
      reader.has("basis")
      ? choice(reader["basis"], reader.path("basis"), as: Royalty.Basis.self) : .marginal
    let term = quantity(reader["term"], reader.path("term"), kind: .years)
    let stepDown = quantity(reader["stepDown"], reader.path("stepDown"), kind: .share)
    guard let basis, !tiers.isEmpty else { return nil }
    return Royalty(tiers: tiers, basis: basis, termYears: term, stepDown: stepDown)
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
      volume = quantity(reader["unitsPerYear"], reader.path("unitsPerYear"), kind: .count).map {
        .unitsPerYear($0)
      }
    } else if let program {
      let price = quantity(reader["pricePerUnit"], reader.path("pricePerUnit"), kind: .amount)
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
      price = quantity(reader["transferPrice"], reader.path("transferPrice"), kind: .amount).map {
        .transferPrice($0)
      }
    case (false, true):
      price = quantity(reader["margin"], reader.path("margin"), kind: .number).map {
        .costPlus(margin: $0)
      }
    default:
      log.error(
        at: reader.node.mark, reader.path("transferPrice"),
        "or margin (cost-plus) is required, not both")
      price = nil
    }
    let unitCost = quantity(reader["unitCost"], reader.path("unitCost"), kind: .amount)
    let start = date(reader["start"], reader.path("start"))
    let end = date(reader["end"], reader.path("end"))
    checkOrder(start, end, reader)
    guard let volume, let price, let unitCost, let start else { return nil }
    return SupplyAgreement(volume: volume, price: price, unitCost: unitCost, start: start, end: end)
  }
}
