/// Public or private money that funds the company: grants, recoverable
/// advances, EU co-financing, equity and loans.
public struct FundingInstrument: Hashable, Sendable {
  /// The kind of instrument and its terms.
  public enum Terms: Hashable, Sendable {
    case subsidy(Subsidy)
    case recoverableAdvance(RecoverableAdvance)
    case erdf(ERDFGrant)
    case equity(EquityInvestment)
    case loan(Loan)
  }

  public var id: String
  public var name: String
  public var terms: Terms
  /// A discount rate of the instrument's own, overriding the scenario's.
  public var discountRate: Quantity?
  /// What a grant, an advance or EU co-financing paid before the
  /// valuation date: sunk as cash, but its obligations (an advance's
  /// repayments, a clawback) are owed still.
  public var received: [DatedAmount]
  /// The most public aid may pay of the costs it funds under the state-aid
  /// rules that apply (experimental development: 35–55 % by firm size,
  /// DOMAIN.md §1): the engine warns where the aid on a programme, all
  /// instruments together, goes above it (or above the costs).
  public var maximumAidIntensity: Quantity?

  public init(
    id: String, name: String, terms: Terms, discountRate: Quantity? = nil,
    received: [DatedAmount] = []
  ) {
    self.id = id
    self.name = name
    self.terms = terms
    self.discountRate = discountRate
    self.received = received
  }

  /// Whether it is financing (equity, a loan): it moves cash, not value.
  public var isFinancing: Bool {
    switch terms {
    case .equity, .loan: true
    default: false
    }
  }

  /// The kind as written in a scenario file (`recoverable-advance`).
  public var kind: String {
    switch terms {
    case .subsidy: "subsidy"
    case .recoverableAdvance: "recoverable-advance"
    case .erdf: "erdf"
    case .equity: "equity"
    case .loan: "loan"
    }
  }
}

/// Where a grant's money comes from: a schedule of fixed disbursements, or
/// a share of a program's eligible (phase) costs up to a ceiling.
public enum Disbursement: Hashable, Sendable {
  case schedule([DatedAmount])
  /// `share` of the costs of `program` (of the named phases, or all),
  /// paid `lagYears` after each cost, until `ceiling` is reached.
  case shareOfCosts(
    program: String, phases: [String]?, share: Quantity, ceiling: Quantity?, lagYears: Quantity)
}

/// A non-repayable grant, which may be clawed back.
public struct Subsidy: Hashable, Sendable {
  public var disbursement: Disbursement
  public var clawback: Clawback?
  /// The programme whose costs a schedule funds, for the aid-cumulation
  /// check (a share of costs names its own).
  public var program: String?

  public init(disbursement: Disbursement, clawback: Clawback?) {
    self.disbursement = disbursement
    self.clawback = clawback
  }
}

/// A Walloon-style recoverable cash advance: it funds a share of eligible
/// costs and is repaid only if the company exploits the results, through a
/// fixed share on a schedule plus a royalty on revenue and a share of
/// licence income, up to a cap.
///
/// Conventions have three phases: research (the advance is paid against
/// its costs), the decision to exploit, and exploitation (Celyad's terms
/// table, 20-F 2021, and Nyxoah's filings: DOMAIN.md §1).
public struct RecoverableAdvance: Hashable, Sendable {
  /// When the company decides whether to exploit the results.
  public enum Exploitation: Hashable, Sendable {
    /// When an event of the funded program happens (approval, say).
    case event(ProgramEvent)
    /// On a date, if the program is still in development or approved
    /// then; where it has failed, the company does not exploit.
    case date(Day)
    /// At the end of the research phase (the research window's end, or
    /// the end of the last funded phase), if the research succeeded.
    case researchEnd
  }

  public var disbursement: Disbursement
  public var exploitation: Exploitation
  /// The program whose event decides exploitation and whose revenue bears
  /// the royalty.
  public var program: String
  /// The research window whose costs the advance funds: costs outside it
  /// are not eligible.
  public var research: DateRange?
  /// Share of the advance repaid in fixed instalments (30 % in filings).
  public var fixedShare: Quantity
  /// Number of yearly fixed instalments.
  public var instalments: Int
  /// Years from the exploitation decision to the first instalment.
  public var firstInstalmentYears: Quantity
  /// Royalty on the program's revenue.
  public var royaltyRate: Quantity
  /// Total repayments are capped at this multiple of the advance (2× in
  /// Nyxoah's measurement note).
  public var capMultiple: Quantity
  /// Yearly interest on the fixed part outstanding, if the contract has
  /// any, compounded from `interestFrom` (or the exploitation decision).
  public var interestRate: Quantity
  public var interestFrom: Day?
  /// A share of the licence income of the program (upfronts, milestones,
  /// royalties received) repaid each year from the exploitation decision.
  public var licenceIncome: LicenceIncomeShare?
  /// Discount rate of the fixed repayments (lower in IFRS practice: 3.8 %).
  public var fixedPartDiscountRate: Quantity?
  /// Discount rate of the royalty (risk-adjusted: 12.5 % in one filing).
  public var royaltyDiscountRate: Quantity?

  public init(
    disbursement: Disbursement, exploitation: Exploitation, program: String,
    fixedShare: Quantity, instalments: Int, firstInstalmentYears: Quantity,
    royaltyRate: Quantity, capMultiple: Quantity, interestRate: Quantity,
    fixedPartDiscountRate: Quantity?, royaltyDiscountRate: Quantity?
  ) {
    self.disbursement = disbursement
    self.exploitation = exploitation
    self.program = program
    self.fixedShare = fixedShare
    self.instalments = instalments
    self.firstInstalmentYears = firstInstalmentYears
    self.royaltyRate = royaltyRate
    self.capMultiple = capMultiple
    self.interestRate = interestRate
    self.fixedPartDiscountRate = fixedPartDiscountRate
    self.royaltyDiscountRate = royaltyDiscountRate
  }
}

/// The part of a program's licence income an advance takes back (Celyad's
/// convention 5915: 10 %, with a minimum a year).
public struct LicenceIncomeShare: Hashable, Sendable {
  public var share: Quantity
  /// The least repaid on licence income in each year of the fixed
  /// instalments, income or not.
  public var minimumPerYear: Quantity?

  public init(share: Quantity, minimumPerYear: Quantity?) {
    self.share = share
    self.minimumPerYear = minimumPerYear
  }
}

/// The days from `from` to `to`, both included.
public struct DateRange: Hashable, Sendable {
  public var from: Day?
  public var to: Day

  public init(from: Day?, to: Day) {
    self.from = from
    self.to = to
  }
}

/// ERDF/FEDER co-financing: the EU and the Region reimburse shares of
/// eligible costs after a claim lag; an audit may claw some back.
public struct ERDFGrant: Hashable, Sendable {
  public var program: String
  public var phases: [String]?
  /// The EU's and the Region's shares of the co-financing: with an
  /// `intensity`, how the aid is split between them (what is left, the
  /// beneficiary's own part); without, added up as the aid's share of the
  /// costs.
  public var euShare: Quantity
  public var regionalShare: Quantity
  /// The share of the eligible costs the aid pays (the company's aid
  /// intensity), which the programme's co-financing split is not.
  public var intensity: Quantity?
  /// Upper bound of the reimbursements.
  public var ceiling: Quantity?
  /// Years from a cost to its reimbursement.
  public var claimLagYears: Quantity
  public var audit: Clawback?

  public init(
    program: String, phases: [String]?, euShare: Quantity, regionalShare: Quantity,
    ceiling: Quantity?, claimLagYears: Quantity, audit: Clawback?
  ) {
    self.program = program
    self.phases = phases
    self.euShare = euShare
    self.regionalShare = regionalShare
    self.ceiling = ceiling
    self.claimLagYears = claimLagYears
    self.audit = audit
  }
}

/// Shares subscribed by an investor: financing, which moves cash but not
/// value.
public struct EquityInvestment: Hashable, Sendable {
  /// How the raise is priced, when the record or an assumption says.
  public enum Price: Hashable, Sendable {
    /// The price of one new share.
    case perShare(Double)
    /// The company's value before the raise: the price is it divided by
    /// the shares outstanding just before.
    case preMoney(Double)
    /// The number of new shares issued for the amount.
    case shares(Double)
  }

  public var investor: String
  public var date: Day
  public var amount: Quantity
  /// `nil` when the price is unknown: the raise is cash only, and its
  /// dilution cannot be shown.
  public var price: Price?

  public init(investor: String, date: Day, amount: Quantity, price: Price? = nil) {
    self.investor = investor
    self.date = date
    self.amount = amount
    self.price = price
  }
}

/// A loan drawn on one date and repaid with interest.
public struct Loan: Hashable, Sendable {
  public enum Repayment: String, Hashable, Sendable, CaseIterable {
    /// Interest yearly, principal at the end.
    case bullet
    /// Equal yearly instalments of principal and interest.
    case amortising
  }

  public var lender: String
  public var date: Day
  public var amount: Quantity
  public var interestRate: Quantity
  public var years: Int
  public var repayment: Repayment

  public init(
    lender: String, date: Day, amount: Quantity, interestRate: Quantity, years: Int,
    repayment: Repayment
  ) {
    self.lender = lender
    self.date = date
    self.amount = amount
    self.interestRate = interestRate
    self.years = years
    self.repayment = repayment
  }
}

/// Instruments announced together with a declared total, which Runway
/// reconciles against the sum of the parts.
public struct FundingPackage: Hashable, Sendable {
  public var id: String
  public var name: String
  public var declaredTotal: Double
  public var instruments: [String]

  public init(id: String, name: String, declaredTotal: Double, instruments: [String]) {
    self.id = id
    self.name = name
    self.declaredTotal = declaredTotal
    self.instruments = instruments
  }
}
