/// An agreement with a counterparty: licences, supply, co-development,
/// manufacturing, distribution, or explicit dated flows.
public struct Deal: Hashable, Sendable {
  /// The kind of deal and its terms.
  public enum Terms: Hashable, Sendable {
    case licence(Licence)
    case supply(SupplyAgreement)
    case coDevelopment(CoDevelopment)
    case manufacturing(ManufacturingAgreement)
    case distribution(DistributionAlliance)
    case cashFlows([DatedAmount])
  }

  public var id: String
  /// What a report calls it; by default the counterparty and the kind.
  public var name: String
  public var counterparty: String
  /// The day the deal is signed; flows tied to signing fall on it.
  public var signed: Day?
  public var terms: Terms
  /// A discount rate of the deal's own, overriding the scenario's.
  public var discountRate: Quantity?
  /// Whether its flows are the company's own corporate costs (overheads),
  /// which the value bridge shows on their own line, rather than a deal.
  public var isCorporateCost = false
  /// For a manufacturing platform: the process it replaces, whose cost of
  /// goods applies to these programmes without it.
  public var replaces: ReplacedProcess?
  /// The group of deals with the same counterparty it belongs to (a licence
  /// and its supply agreement), which `solve` and `compare` take as one.
  public var group: String?
  /// The condition under which the deal takes effect, or `nil` on every path.
  ///
  /// A supply that starts where another cell fails, runs that wait for an
  /// IND; on the other paths it pays and costs nothing.
  public var condition: FlowCondition?

  public init(
    id: String, name: String? = nil, counterparty: String, signed: Day?, terms: Terms,
    discountRate: Quantity? = nil
  ) {
    self.id = id
    self.counterparty = counterparty
    self.signed = signed
    self.terms = terms
    self.discountRate = discountRate
    self.name = name ?? "\(counterparty) (\(Self.kind(of: terms)))"
  }

  /// The kind as written in a scenario file (`out-licence`).
  public var kind: String { Self.kind(of: terms) }

  private static func kind(of terms: Terms) -> String {
    switch terms {
    case .licence(let licence): licence.direction.rawValue
    case .supply: "supply"
    case .coDevelopment: "co-development"
    case .manufacturing: "manufacturing"
    case .distribution: "distribution"
    case .cashFlows: "cash-flows"
    }
  }
}

/// A licence of a program's rights in a territory.
public struct Licence: Hashable, Sendable {
  public enum Direction: String, Hashable, Sendable, CaseIterable {
    /// We grant the licence and receive the payments.
    case outLicence = "out-licence"
    /// We take the licence and make the payments.
    case inLicence = "in-licence"
  }

  public var direction: Direction
  public var program: String
  /// Territory codes whose sales bear the royalty; empty means all.
  public var territories: [String]
  public var upfront: Quantity?
  public var milestones: [Milestone]
  public var royalty: Royalty?
  /// Our share of the licensee's sublicence income, if any.
  public var sublicenceShare: Quantity?
  /// The licensee's own cost shares, to value the deal from its side too.
  public var counterpartyCosts: CounterpartyCosts?
  /// The development costs the licensee bears from signing (an
  /// out-licence's): the licensor no longer pays them.
  public var licenseeBears: BorneCosts?
  /// Product the licensor supplies the licensee (an out-licence's).
  public var supply: LicenceSupply?
  /// The share of each payment to us the licensee's country withholds as
  /// tax (an out-licence's, across borders), where it is not recovered.
  public var withholdingTax: Quantity?

  public init(
    direction: Direction, program: String, territories: [String], upfront: Quantity?,
    milestones: [Milestone], royalty: Royalty?, sublicenceShare: Quantity?,
    counterpartyCosts: CounterpartyCosts?
  ) {
    self.direction = direction
    self.program = program
    self.territories = territories
    self.upfront = upfront
    self.milestones = milestones
    self.royalty = royalty
    self.sublicenceShare = sublicenceShare
    self.counterpartyCosts = counterpartyCosts
  }
}

/// A share of a programme's phase costs that a licensee bears.
public struct BorneCosts: Hashable, Sendable {
  /// The phases (all when `nil`) whose costs after signing it bears.
  public var phases: [String]?
  public var share: Quantity

  public init(phases: [String]?, share: Quantity) {
    self.phases = phases
    self.share = share
  }
}

/// Product the licensor makes and sells to the licensee, both as shares of
/// the licensee's net sales in the territories: the licensee's cost of
/// goods is then the transfer price.
public struct LicenceSupply: Hashable, Sendable {
  public var transferPrice: Quantity
  /// The licensor's cost of making it.
  public var cost: Quantity

  public init(transferPrice: Quantity, cost: Quantity) {
    self.transferPrice = transferPrice
    self.cost = cost
  }
}

/// A royalty on annual net sales, in tiers.
public struct Royalty: Hashable, Sendable {
  public enum Basis: String, Hashable, Sendable, CaseIterable {
    /// Each tier's rate applies to the sales within the tier, as tax brackets.
    case marginal
    /// The rate of the tier reached applies to all the year's sales.
    case whole
  }

  /// One tier: the rate on sales from `from` (up to the next tier's start).
  public struct Tier: Hashable, Sendable {
    public var from: Double
    public var rate: Quantity

    public init(from: Double, rate: Quantity) {
      self.from = from
      self.rate = rate
    }
  }

  public var tiers: [Tier]
  public var basis: Basis
  /// Years from first sale during which the royalty is due; `nil`: no end.
  public var termYears: Quantity?
  /// A reduction of every rate after the loss of exclusivity.
  public var stepDown: Quantity?
  /// The currency of the tier thresholds: the deal's (`nil`: the
  /// reporting currency).
  public var currency: String?
  /// The licensee may deduct a share of the royalties it pays third
  /// parties on the same sales.
  public var antiStacking: AntiStacking?
  /// The lowest rate reductions (step-down, anti-stacking) may bring the
  /// royalty to, as a share of the sales.
  public var floor: Quantity?

  public init(tiers: [Tier], basis: Basis, termYears: Quantity?, stepDown: Quantity?) {
    self.tiers = tiers
    self.basis = basis
    self.termYears = termYears
    self.stepDown = stepDown
  }
}

/// An anti-stacking clause: the licensee deducts `offset` of the
/// royalties it pays third parties (at `thirdPartyRate` of sales) from
/// ours, down to the royalty's floor.
public struct AntiStacking: Hashable, Sendable {
  public var thirdPartyRate: Quantity
  public var offset: Quantity

  public init(thirdPartyRate: Quantity, offset: Quantity) {
    self.thirdPartyRate = thirdPartyRate
    self.offset = offset
  }
}

/// The counterparty's costs as shares of its sales, so that the deal can be
/// valued from its side (its sales, minus costs, minus what it pays us).
public struct CounterpartyCosts: Hashable, Sendable {
  public var cogs: Quantity
  public var operatingCosts: Quantity
  public var discountRate: Quantity?

  public init(cogs: Quantity, operatingCosts: Quantity, discountRate: Quantity?) {
    self.cogs = cogs
    self.operatingCosts = operatingCosts
    self.discountRate = discountRate
  }
}

/// We sell product to the counterparty.
public struct SupplyAgreement: Hashable, Sendable {
  /// How many units a year are supplied.
  public enum Volume: Hashable, Sendable {
    /// A number of units (doses, batches) each year.
    case unitsPerYear(Quantity)
    /// Units following a program's sales in territories: sales / price.
    case followingSales(program: String, territories: [String], pricePerUnit: Quantity)
  }

  /// What a unit sells for.
  public enum Price: Hashable, Sendable {
    case transferPrice(Quantity)
    case costPlus(margin: Quantity)
  }

  public var volume: Volume
  public var price: Price
  /// Our cost per unit.
  public var unitCost: Quantity
  public var start: Day
  public var end: Day?

  public init(volume: Volume, price: Price, unitCost: Quantity, start: Day, end: Day?) {
    self.volume = volume
    self.price = price
    self.unitCost = unitCost
    self.start = start
    self.end = end
  }
}

/// Two companies share a program's trial costs and its profits.
public struct CoDevelopment: Hashable, Sendable {
  public var program: String
  /// Our share of the trial costs.
  public var costShare: Quantity
  /// Our share of the profits after approval.
  public var profitShare: Quantity

  public init(program: String, costShare: Quantity, profitShare: Quantity) {
    self.program = program
    self.costShare = costShare
    self.profitShare = profitShare
  }
}

/// A CDMO agreement: technology transfer, then manufacturing runs.
public struct ManufacturingAgreement: Hashable, Sendable {
  public enum Role: String, Hashable, Sendable, CaseIterable {
    /// We manufacture and are paid.
    case manufacturer
    /// We are the client and pay.
    case client
  }

  public var role: Role
  public var technologyTransferFee: Quantity?
  public var runsPerYear: Quantity
  public var pricePerRun: Quantity
  /// The manufacturer's own cost per run (its margin is price − cost).
  public var costPerRun: Quantity?
  /// The manufacturer's own cost of the technology transfer (its margin
  /// on the fee is fee − cost).
  public var technologyTransferCost: Quantity?
  public var start: Day
  public var end: Day?

  public init(
    role: Role, technologyTransferFee: Quantity?, runsPerYear: Quantity, pricePerRun: Quantity,
    costPerRun: Quantity?, start: Day, end: Day?
  ) {
    self.role = role
    self.technologyTransferFee = technologyTransferFee
    self.runsPerYear = runsPerYear
    self.pricePerRun = pricePerRun
    self.costPerRun = costPerRun
    self.start = start
    self.end = end
  }
}

/// A distributor sells a program's product in territories for a margin on
/// sales, which we pay.
public struct DistributionAlliance: Hashable, Sendable {
  public var program: String
  public var territories: [String]
  public var margin: Quantity
  /// The operating costs the distributor takes over (logistics, the cold
  /// chain, order handling), as a share of the sales: costs the company
  /// no longer bears.
  public var takesOver: Quantity?

  public init(program: String, territories: [String], margin: Quantity) {
    self.program = program
    self.territories = territories
    self.margin = margin
  }
}

/// The manufacturing process a platform replaces: without the platform,
/// `programs` make their product at this cost of goods.
public struct ReplacedProcess: Hashable, Sendable {
  public var programs: [String]
  /// A share of sales, as a program's `market.cogs`.
  public var cogs: Quantity
  /// Each programme's peak sales without it, where the technology also
  /// makes the product sell more (a better response, more capacity).
  public var peakSales: Quantity?

  public init(programs: [String], cogs: Quantity, peakSales: Quantity? = nil) {
    self.programs = programs
    self.cogs = cogs
    self.peakSales = peakSales
  }
}
