import RunwayModel

extension ModelBuilder {
  /// The model of a funding instrument.
  mutating func component(_ instrument: FundingInstrument) throws(ValuationError)
    -> any ComponentModel
  {
    let field = "funding.\(instrument.id)"
    let channel = try self.channel(instrument.discountRate, "\(field).discountRate")
    let counterparty: String? =
      switch instrument.terms {
      case .equity(let equity): equity.investor
      case .loan(let loan): loan.lender
      default: nil
      }
    let component = Component(
      id: instrument.id, name: instrument.name, kind: instrument.kind, counterparty: counterparty,
      section: instrument.isFinancing ? .financing : .nonDilutiveFunding)
    var received: [(day: Double, amount: Input)] = []
    for (index, payment) in instrument.received.enumerated() {
      let amount = try input(payment.amount, "\(field).received[\(index)]")
      received.append((timeline.time(of: payment.date), amount))
    }
    let history = ReceivedPayments(payments: received)
    let maximumIntensity = try optionalInput(
      instrument.maximumAidIntensity, "\(field).maximumAidIntensity")
    switch instrument.terms {
    case .subsidy(let subsidy):
      let disbursement = try disbursement(subsidy.disbursement, field)
      return GrantComponent(
        component: component, disbursement: disbursement,
        fundedProgram: try subsidy.program.map { program throws(ValuationError) in
          try self.program(program, "\(field).program")
        } ?? (disbursement.isShareOfCosts ? disbursement.programs.first : nil),
        maximumIntensity: maximumIntensity,
        received: history,
        clawback: try clawback(subsidy.clawback, "\(field).clawback"), channel: channel)
    case .recoverableAdvance(let terms):
      let program = try self.program(terms.program, "\(field).program")
      return AdvanceComponent(
        component: component,
        disbursement: try disbursement(terms.disbursement, field, research: terms.research),
        received: history,
        exploitation: try exploitation(terms, program: program, "\(field).exploitation"),
        program: program, maximumIntensity: maximumIntensity,
        fixedShare: try input(terms.fixedShare, "\(field).fixedShare"),
        instalments: terms.instalments,
        firstInstalmentYears: try input(terms.firstInstalmentYears, "\(field).firstInstalment"),
        royaltyRate: try input(terms.royaltyRate, "\(field).royalty"),
        capMultiple: try input(terms.capMultiple, "\(field).cap"),
        interestRate: try input(terms.interestRate, "\(field).interest"),
        interestFrom: terms.interestFrom.map(timeline.time(of:)),
        licenceIncome: try terms.licenceIncome.map { income throws(ValuationError) in
          (
            try input(income.share, "\(field).licenceIncome.share"),
            try optionalInput(income.minimumPerYear, "\(field).licenceIncome.minimumPerYear"),
            outLicences[terms.program] ?? []
          )
        },
        advanceChannel: channel,
        fixedChannel: try self.channel(
          terms.fixedPartDiscountRate, "\(field).fixedPartDiscountRate", fallback: channel),
        royaltyChannel: try self.channel(
          terms.royaltyDiscountRate, "\(field).royaltyDiscountRate", fallback: channel))
    case .erdf(let grant):
      let program = try self.program(grant.program, "\(field).program")
      // With an intensity, the EU's and the Region's shares only split the
      // aid between them.
      let shares =
        if let intensity = grant.intensity {
          [try input(intensity, "\(field).intensity")]
        } else {
          [
            try input(grant.euShare, "\(field).euShare"),
            try input(grant.regionalShare, "\(field).regionalShare"),
          ]
        }
      let reimbursement = CostShare(
        program: program, phases: try phases(grant.phases, of: program, "\(field).phases"),
        shares: shares,
        ceiling: try optionalInput(grant.ceiling, "\(field).ceiling"),
        lagYears: try input(grant.claimLagYears, "\(field).claimLag"))
      return ERDFComponent(
        component: component, reimbursement: reimbursement, maximumIntensity: maximumIntensity,
        received: history,
        audit: try clawback(grant.audit, "\(field).audit"), channel: channel)
    case .equity(let equity):
      return EquityComponent(
        component: component, day: timeline.time(of: equity.date),
        amount: try input(equity.amount, "\(field).amount"), channel: channel)
    case .loan(let loan):
      return LoanComponent(
        component: component, day: timeline.time(of: loan.date),
        amount: try input(loan.amount, "\(field).amount"),
        interestRate: try input(loan.interestRate, "\(field).interest"), years: loan.years,
        amortising: loan.repayment == .amortising, channel: channel)
    }
  }

  /// The model of a deal, in force where its condition holds.
  mutating func component(_ deal: Deal) throws(ValuationError) -> any ComponentModel {
    let terms = try termsComponent(deal)
    guard let condition = deal.condition else { return terms }
    return ConditionalDeal(
      deal: terms, condition: try self.condition(condition, "deals.\(deal.id).when"))
  }

  /// The model of a deal's terms, on every path.
  private mutating func termsComponent(_ deal: Deal) throws(ValuationError)
    -> any ComponentModel
  {
    let field = "deals.\(deal.id)"
    let channel = try self.channel(deal.discountRate, "\(field).discountRate")
    let signed = deal.signed.map(timeline.time(of:)) ?? 0
    var component = Component(
      id: deal.id, name: deal.name, kind: deal.kind, counterparty: deal.counterparty,
      section: deal.isCorporateCost ? .corporateCosts : .deals)
    component.group = deal.group
    switch deal.terms {
    case .licence(let licence):
      return try licenceComponent(
        licence, component: component, signed: signed, channel: channel, field)
    case .supply(let supply):
      let volume: SupplyComponent.Volume
      switch supply.volume {
      case .unitsPerYear(let units):
        volume = .unitsPerYear(try input(units, "\(field).unitsPerYear"))
      case .followingSales(let program, let territories, let price):
        let index = try self.program(program, "\(field).program")
        volume = .followingSales(
          program: index, share: programs[index].share(of: territories),
          pricePerUnit: try input(price, "\(field).pricePerUnit"))
      }
      let unitCost = try input(supply.unitCost, "\(field).unitCost")
      let margin: SupplyComponent.UnitMargin =
        switch supply.price {
        case .transferPrice(let price):
          .transferPrice(try input(price, "\(field).transferPrice"), unitCost: unitCost)
        case .costPlus(let markup):
          .costPlus(markup: try input(markup, "\(field).margin"), unitCost: unitCost)
        }
      return SupplyComponent(
        component: component, volume: volume, unitMargin: margin,
        start: timeline.time(of: supply.start),
        end: supply.end.map(timeline.time(of:)) ?? timeline.horizon, channel: channel)
    case .coDevelopment(let terms):
      let program = try self.program(terms.program, "\(field).program")
      return CoDevelopmentComponent(
        component: component, program: program, ownShare: programs[program].ownShare,
        costShare: try input(terms.costShare, "\(field).costShare"),
        profitShare: try input(terms.profitShare, "\(field).profitShare"), channel: channel)
    case .manufacturing(let terms):
      let start = timeline.time(of: terms.start)
      return ManufacturingComponent(
        component: component, isManufacturer: terms.role == .manufacturer,
        fee: try optionalInput(terms.technologyTransferFee, "\(field).technologyTransferFee"),
        feeCost: try optionalInput(
          terms.technologyTransferCost, "\(field).technologyTransferCost"),
        signed: deal.signed.map(timeline.time(of:)) ?? start,
        runsPerYear: try input(terms.runsPerYear, "\(field).runsPerYear"),
        pricePerRun: try input(terms.pricePerRun, "\(field).pricePerRun"),
        costPerRun: try optionalInput(terms.costPerRun, "\(field).costPerRun"),
        start: start, end: terms.end.map(timeline.time(of:)) ?? timeline.horizon,
        channel: channel)
    case .distribution(let terms):
      let program = try self.program(terms.program, "\(field).program")
      return DistributionComponent(
        component: component, program: program,
        share: programs[program].share(of: terms.territories),
        margin: try input(terms.margin, "\(field).margin"),
        takesOver: try optionalInput(terms.takesOver, "\(field).takesOver"), channel: channel)
    case .cashFlows(let amounts):
      var flows: [(Double, Input, ConditionModel?)] = []
      for (index, amount) in amounts.enumerated() {
        let path = "\(field).flows[\(index)]"
        let condition = try amount.when.map { condition throws(ValuationError) in
          try self.condition(condition, "\(path).when")
        }
        // Drawn from the stream of the item's path, as before the amount
        // had a path of its own, so that a scenario's draws stay.
        let value = try input(amount.amount, "\(path).amount", stream: path)
        flows.append((timeline.time(of: amount.date), value, condition))
      }
      return ScheduleComponent(component: component, flows: flows, channel: channel)
    }
  }

  /// When an advance's results are exploited, compiled.
  private mutating func exploitation(
    _ terms: RecoverableAdvance, program: Int, _ field: String
  ) throws(ValuationError) -> ExploitationModel {
    switch terms.exploitation {
    case .event(let event): return .event(try self.event(event, program: program, field))
    case .date(let day): return .day(timeline.time(of: day))
    case .researchEnd:
      if let research = terms.research { return .researchWindowEnd(timeline.time(of: research.to)) }
      var phases = programs[program].phases.indices.map { $0 }
      if case .shareOfCosts(_, let names?, _, _, _) = terms.disbursement {
        phases = try self.phases(names, of: program, field) ?? phases
      }
      return .phaseEnd(program: program, phase: phases.max() ?? 0)
    }
  }

  private mutating func licenceComponent(
    _ licence: Licence, component: Component, signed: Double, channel: Int, _ field: String
  ) throws(ValuationError) -> LicenceComponent {
    let program = try self.program(licence.program, "\(field).program")
    var milestones: [(EventModel, Double?, Input)] = []
    for (index, milestone) in licence.milestones.enumerated() {
      let path = "\(field).milestones[\(index)]"
      milestones.append(
        (
          try event(milestone.event, program: program, path),
          milestone.by.map(timeline.time(of:)), try input(milestone.amount, "\(path).amount")
        ))
    }
    var royalty: LicenceComponent.RoyaltyTerms?
    if let terms = licence.royalty {
      var rates: [Input] = []
      for (index, tier) in terms.tiers.enumerated() {
        rates.append(try input(tier.rate, "\(field).royalty.tiers[\(index)].rate"))
      }
      var schedule = RoyaltySchedule(
        thresholds: terms.tiers.map(\.from), rates: rates, basis: terms.basis)
      if let currency = terms.currency {
        schedule.thresholdCurrency = try input(
          .fixed(1, currency: currency), "\(field).royalty.tiers.from")
      }
      royalty = LicenceComponent.RoyaltyTerms(
        schedule: schedule,
        termYears: try optionalInput(terms.termYears, "\(field).royalty.term"),
        stepDown: try optionalInput(terms.stepDown, "\(field).royalty.stepDown"),
        antiStacking: try terms.antiStacking.map { clause throws(ValuationError) in
          (
            try input(clause.thirdPartyRate, "\(field).royalty.antiStacking.thirdPartyRate"),
            try input(clause.offset, "\(field).royalty.antiStacking.offset")
          )
        },
        floor: try optionalInput(terms.floor, "\(field).royalty.floor"))
    }
    var licensee: LicenceComponent.Licensee?
    if let costs = licence.counterpartyCosts, licence.direction == .outLicence {
      licensee = LicenceComponent.Licensee(
        cogs: try input(costs.cogs, "\(field).counterpartyCosts.cogs"),
        operatingCosts: try input(
          costs.operatingCosts, "\(field).counterpartyCosts.operatingCosts"),
        channel: try self.channel(
          costs.discountRate, "\(field).counterpartyCosts.discountRate", fallback: channel))
    }
    let borne = try licence.licenseeBears.map { terms throws(ValuationError) in
      (
        try phases(terms.phases, of: program, "\(field).licenseeBears.phases"),
        try input(terms.share, "\(field).licenseeBears.share")
      )
    }
    let supply = try licence.supply.map { terms throws(ValuationError) in
      (
        try input(terms.transferPrice, "\(field).supply.transferPrice"),
        try input(terms.cost, "\(field).supply.cost")
      )
    }
    return LicenceComponent(
      component: component, program: program,
      sign: licence.direction == .outLicence ? 1 : -1,
      share: programs[program].share(of: licence.territories), signed: signed,
      upfront: try optionalInput(licence.upfront, "\(field).upfront"),
      milestones: milestones, royalty: royalty, licensee: licensee, borne: borne, supply: supply,
      withholding: try optionalInput(licence.withholdingTax, "\(field).withholdingTax"),
      channel: channel)
  }
}
