import Foundation
import RunwayEngine
import RunwayScenarioFile
import Testing

/// The scenarios under `scenarios/`, each checked against its comments.
///
/// Each validates and runs, and its result meets what the scenario's
/// comments promise (signs, orders of magnitude, warnings, components).
/// Figures by hand are stated where a component is certain.
struct ScenarioExpectationTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")

  /// The result of `name` with 2,000 paths, and the file's warnings.
  static func run(_ name: String, overrides: [String] = []) throws -> ValuationResult {
    try runWithWarnings(name, overrides: overrides).result
  }

  static func runWithWarnings(_ name: String, overrides: [String] = []) throws -> (
    result: ValuationResult, warnings: [String]
  ) {
    let path = folder.appendingPathComponent("\(name).yaml").path
    let (scenario, warnings) = try ScenarioFile.load(
      path: path, overrides: overrides.compactMap(Override.init(argument:))
    ).get()
    let result = try Valuation.run(
      scenario, options: Valuation.Options(paths: 2_000, threads: 2))
    return (result, warnings.map(\.description))
  }

  /// The answer to `name`'s question: the result for its subject.
  static func answer(_ name: String, overrides: [String] = []) throws -> ValuationResult {
    let path = folder.appendingPathComponent("\(name).yaml").path
    let scenario = try ScenarioFile.load(
      path: path, overrides: overrides.compactMap(Override.init(argument:))
    ).get().scenario
    let simulation = try Valuation.simulate(
      scenario, options: Valuation.Options(paths: 2_000, threads: 2))
    return try Valuation.answer(simulation, scenario: scenario).result
  }

  static let reconciliation = "packages.walloon-eu.total is 22.1M but the parts add up to 23.8M"

  @Test func everyScenarioIsTested() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    #expect(
      files == [
        "ascentage-genor-codev", "bench-portfolio", "glycostem-ugent-licence", "itochu-investment",
        "lifeliver-korea", "medipal-alliance", "pluri-kadimastem-cdmo", "promethera-portfolio",
        "shibuya-manufacturing", "walloon-package",
      ])
  }

  /// Every uncertain input, named or written in a field, reaches the
  /// report's assumptions table with its source or reasoning.
  @Test(arguments: [
    "ascentage-genor-codev", "glycostem-ugent-licence", "itochu-investment", "lifeliver-korea",
    "medipal-alliance", "pluri-kadimastem-cdmo", "promethera-portfolio", "shibuya-manufacturing",
    "walloon-package",
  ])
  func everyAssumptionHasASource(scenario: String) throws {
    let result = try Self.run(scenario)
    #expect(!result.assumptions.isEmpty)
    for assumption in result.assumptions where assumption.isUncertainOrNamed {
      #expect(assumption.source?.isEmpty == false, "\(scenario): \(assumption.name)")
    }
  }

  /// The package, as conventions are written: the ACLF RCA's €6.6M
  /// received before 2016 is history (a liability already outstanding);
  /// FEDER's two readings (adding nothing, or €1.8M at most) are valued
  /// exactly in the analytic rNPV, which the Monte Carlo agrees with.
  @Test func walloonPackage() throws {
    let (result, warnings) = try Self.runWithWarnings("walloon-package")
    #expect(warnings.contains { $0.contains(Self.reconciliation) })
    #expect(try #require(result.component("rca-aclf")?.outstanding) > 0)
    let feder = try #require(result.component("feder"))
    #expect(feder.rnpv > 0 && feder.rnpv < 0.5 * 1.8e6)
    #expect(abs(feder.mean - feder.rnpv) < 3 * feder.monteCarlo.standardError)
    let answer = try Self.answer("walloon-package")
    #expect(answer.rnpv > 5e6 && answer.rnpv < 15e6)
    for id in ["rca-aclf", "rca-nash"] {
      let advance = try #require(result.component(id))
      // The advance's net benefit is positive and the liability is smaller
      // than the advance's ceiling (7.5M / 12M).
      #expect(advance.rnpv > 0)
      #expect(try #require(advance.liability).rnpv > 0 && advance.liability!.rnpv < 12e6)
    }
    // The subsidies: 1M, 1M, 0.5M less a 5 % clawback risk: under 2.5M.
    let subsidies = try #require(result.component("subsidies"))
    #expect(subsidies.rnpv > 1.8e6 && subsidies.rnpv < 2.5e6)
    #expect(result.assumptions.filter(\.isUncertainOrNamed).allSatisfy { $0.source != nil })
  }

  /// The alliance's answer is its four agreements, a few hundred thousand
  /// euros; LifeLiver's equity is financing; the BAL takes H2Stem or
  /// Heparesc, never both.
  ///
  /// With H2Stem's preclinical work certain to succeed, the H2Stem licence
  /// is worth L and the supply nothing; certain to fail, the supply is
  /// worth S and the licence nothing. At its 55 % (a PERT of 40/55/70),
  /// they are 0.55 L and 0.45 S. A Korean HepaStem programme is approved
  /// where both European readouts succeed (0.6 × 0.512, then 0.581), then
  /// the bridging study (85 %) and the filing (90 %).
  @Test func lifeliverKorea() throws {
    let result = try Self.run("lifeliver-korea")
    let answer = try Self.answer("lifeliver-korea")
    #expect(answer.subject == "aclf-licence, nash-licence, h2stem-bal-licence, heparesc-supply")
    #expect(answer.rnpv > 1e5 && answer.rnpv < 5e6)
    let field = "programs.h2stem.phases[0].successProbability"
    let works = try Self.run("lifeliver-korea", overrides: ["\(field)=100%"])
    let fails = try Self.run("lifeliver-korea", overrides: ["\(field)=0%"])
    let licence = try #require(works.component("h2stem-bal-licence")).rnpv
    let supply = try #require(fails.component("heparesc-supply")).rnpv
    #expect(licence > 0 && supply > 0)
    #expect(try #require(works.component("heparesc-supply")).rnpv == 0)
    #expect(try #require(fails.component("h2stem-bal-licence")).rnpv == 0)
    #expect(abs(try #require(result.component("h2stem-bal-licence")).rnpv - 0.55 * licence) < 1e-6)
    #expect(abs(try #require(result.component("heparesc-supply")).rnpv - 0.45 * supply) < 1e-6)
    // LifeLiver's BAL is its own: none of its margin is Promethera's.
    #expect(try #require(result.component("lifeliver-bal")).npv == 0)
    for id in ["hepastem-aclf-korea", "hepastem-nash-korea"] {
      let korea = try #require(result.programmes.first { $0.id == id })
      #expect(abs(korea.probabilityOfApproval - 0.6 * 0.512 * 0.581 * 0.85 * 0.9) < 1e-12, "\(id)")
    }
    // LifeLiver's side of the three licences, at its own rate: positive.
    let theirs = try ["aclf-licence", "nash-licence", "h2stem-bal-licence"].reduce(0.0) {
      $0 + (try #require(result.component($1)?.counterpartyValue)).rnpv
    }
    #expect(theirs > 0)
    let equity = try #require(result.component("lifeliver-equity"))
    #expect(equity.section == "financing")
    #expect(abs(try #require(result.equity.raises.first?.stake) - 1.5 / 61.5) < 1e-12)
  }

  /// The platform costs 1.45bn JPY at its modes (about 11M EUR before
  /// discounting); with the manual cost of goods (35–55 %) instead of the
  /// platform's (15–30 %), HepaStem's rNPV falls by more than half.
  ///
  /// The two indications share HepaStem's 60 % risk and keep their own
  /// Phase 2 odds: each is approved with 0.6 × 0.512 × 0.581 × 0.853. The
  /// second line is bought only after a Phase 3 success, so the platform's
  /// flows cost less risk-adjusted than unrisked; the question's answer,
  /// the platform against the manual process, is worth tens of millions.
  @Test func shibuyaManufacturing() throws {
    let result = try Self.run("shibuya-manufacturing")
    let flows = try #require(result.component("shibuya-platform"))
    #expect(flows.rnpv < -5e6 && flows.rnpv > -12e6)
    #expect(flows.rnpv > flows.npv)
    for programme in result.programmes {
      #expect(abs(programme.probabilityOfApproval - 0.6 * 0.512 * 0.581 * 0.853) < 1e-12)
    }
    let answer = try Self.answer("shibuya-manufacturing")
    #expect(answer.subject == "shibuya-platform")
    #expect(answer.rnpv > 10e6 && answer.rnpv < 60e6)
    let manual = try Self.run(
      "shibuya-manufacturing",
      overrides: ["variables.cogs.min=35%", "variables.cogs.mode=45%", "variables.cogs.max=55%"])
    for id in ["hepastem-aclf", "hepastem-nash"] {
      let withPlatform = try #require(result.component(id)).rnpv
      #expect(try #require(manual.component(id)).rnpv < withPlatform / 2, "\(id)")
    }
  }

  /// ITOCHU's €10M is financing, and the Asian ACLF rests on Europe's.
  ///
  /// The €10M on 2019-01-15 (day 14) at 12 %: 10M × 1.12^(−14/365), buys
  /// 10 % at the assumed €90M pre-money. The Japanese
  /// ACLF trial proceeds only after the European Phase 2 (30.7 %), then
  /// succeeds with 80 % and is approved with 70 %.
  @Test func itochuInvestment() throws {
    let result = try Self.run("itochu-investment")
    let equity = try #require(result.component("itochu-equity"))
    #expect(abs(equity.npv - 10e6 * pow(1.12, -14.0 / 365)) < 1)
    #expect(equity.section == "financing")
    #expect(abs(try #require(result.equity.raises.first?.stake) - 0.1) < 1e-12)
    let asia = try #require(result.programmes.first { $0.id == "hepastem-aclf-asia" })
    #expect(abs(asia.probabilityOfApproval - 0.307 * 0.8 * 0.7) < 1e-12)
    let answer = try Self.answer("itochu-investment").rnpv
    #expect(answer > 0 && answer < 10e6)
    for id in ["itochu-aclf", "itochu-ucd"] {
      let deal = try #require(result.component(id))
      // Unrisked, giving up 15 % of the profits costs more than the costs
      // saved; risk-adjusted, the shared costs come first and weigh more.
      #expect(deal.npv < 0 && deal.rnpv > 0, "\(id)")
    }
  }

  /// The placement is financing; the alliance's answer is the distribution
  /// (the costs MEDIPAL takes over less its margin) and the trial support,
  /// worth well under a million; without the costs taken over, the margin
  /// alone would be a pure cost.
  @Test func medipalAlliance() throws {
    let result = try Self.run("medipal-alliance")
    let placement = try #require(result.component("medipal-placement"))
    #expect(placement.npv > 2e6 && placement.npv < 6e6 && placement.section == "financing")
    let answer = try Self.answer("medipal-alliance").rnpv
    #expect(answer > 0 && answer < 1e6)
    let marginOnly = try Self.run(
      "medipal-alliance", overrides: ["deals.medipal-distribution.takesOver=0"])
    let distribution = try #require(result.component("medipal-distribution")).rnpv
    #expect(try #require(marginOnly.component("medipal-distribution")).rnpv < distribution)
    let japan = try #require(result.programmes.first { $0.id == "hepastem-aclf-japan" })
    #expect(abs(japan.probabilityOfApproval - 0.307 * 0.8 * 0.7) < 1e-12)
  }

  /// Against building its own suite, the agreement saves Kadimastem
  /// millions; each CDMO deal costs it and earns Pluri less than it
  /// costs (Pluri keeps a margin net of its own costs).
  ///
  /// The GMP runs are paid where their event happens: AstroRx's where the
  /// trial is financed (60 %), IsletRx's where the IND proceeds (70 %). With
  /// the event certain the runs cost R; at the event's odds, exactly that
  /// share of R. The slot terms cost the 0.2M reservation on the valuation
  /// date and, where an event fails, a 0.35M cancellation on its day.
  @Test func pluriKadimastemCDMO() throws {
    let result = try Self.run("pluri-kadimastem-cdmo")
    #expect(result.currency == "USD")
    let answer = try Self.answer("pluri-kadimastem-cdmo")
    #expect(answer.rnpv > 2e6 && answer.rnpv < 15e6)
    for id in ["astrorx-transfer", "astrorx-clinical", "isletrx-transfer", "isletrx-clinical"] {
      let deal = try #require(result.component(id))
      let pluri = try #require(deal.counterpartyValue).rnpv
      #expect(deal.rnpv < 0 && pluri > 0 && pluri < -deal.rnpv, "\(id)")
    }
    let certain = try Self.run(
      "pluri-kadimastem-cdmo",
      overrides: [
        "programs.astrorx.phases[0].successProbability=100%",
        "programs.isletrx.phases[0].successProbability=100%",
      ])
    for (id, odds) in [("astrorx-clinical", 0.6), ("isletrx-clinical", 0.7)] {
      let runs = try #require(certain.component(id)).rnpv
      #expect(abs(try #require(result.component(id)).rnpv - odds * runs) < 1e-6, "\(id)")
    }
    // Where both events happen, no slot is cancelled: the reservation only.
    #expect(abs(try #require(certain.component("slot-terms")).rnpv - -0.2e6) < 1e-6)
  }

  /// A combination collaboration: Genor pays half the combination trials
  /// and no profit changes hands.
  ///
  /// With the same decisions, Genor's share of the cost C is linear in it:
  /// 25 % of C where Ascentage pays 75 %, 50 % of C at the base case.
  ///
  /// The combination is approved where its Phase 1, 2 and 3 succeed
  /// (oncology: 62.8 %, 24.6 %, 40.1 %), genolimzumab is approved (41.2 %)
  /// and the filing succeeds (82.4 %). Phase 3 is reached with 0.628 ×
  /// 0.246 and stopped there where genolimzumab has failed (58.8 %).
  @Test func ascentageGenorCollaboration() throws {
    let result = try Self.run("ascentage-genor-codev")
    let answer = try Self.answer("ascentage-genor-codev")
    #expect(answer.rnpv < 0 && answer.rnpv > -10e6)
    let deal = try #require(result.component("genor-collaboration"))
    #expect(abs(try #require(deal.counterpartyValue).rnpv + deal.rnpv) < 1e-6 * abs(deal.rnpv))
    let field = "deals.genor-collaboration.costShare"
    let genorPaysAQuarter = try Self.run("ascentage-genor-codev", overrides: ["\(field)=75%"])
    let quarter = try #require(genorPaysAQuarter.component("genor-collaboration")).rnpv
    #expect(abs(deal.rnpv - 2 * quarter) < 1e-6 * quarter)
    let programme = try #require(result.programmes.first { $0.id == "apg115-combination" })
    #expect(abs(programme.probabilityOfApproval - 0.628 * 0.246 * 0.401 * 0.412 * 0.824) < 1e-12)
    let gate = try #require(result.decisions?.gates.first)
    #expect(abs(gate.probabilityReached - 0.628 * 0.246) < 1e-12)
    #expect(abs(gate.probabilityStopped - 0.628 * 0.246 * 0.588) < 1e-12)
  }

  /// The technology against the current process: worth something to
  /// Glycostem though it pays UGent; a preclinical product.
  ///
  /// The patent costs and minimums are certain: 40k a year for 2021–2023
  /// and 65k for 2024–2030, each on 31 December (days 364, 729, 1094,
  /// 1460, 1825, 2190, 2555, 2921, 3286, 3651), at 20 %. The product is
  /// approved with 0.55 × 0.632 × 0.307 × 0.581 × 0.853.
  @Test func glycostemUGentLicence() throws {
    let result = try Self.run("glycostem-ugent-licence")
    let answer = try Self.answer("glycostem-ugent-licence")
    #expect(answer.subject == "ugent-licence, ugent-patent-and-minimums")
    #expect(answer.rnpv > 0 && answer.rnpv < 10e6)
    let licence = try #require(result.component("ugent-licence"))
    #expect(licence.rnpv < -0.1e6 && licence.rnpv > -5e6)
    let days = [364.0, 729, 1094, 1460, 1825, 2190, 2555, 2921, 3286, 3651]
    let costs = days.enumerated().reduce(0.0) { sum, item in
      sum - (item.offset < 3 ? 40e3 : 65e3) * pow(1.2, -item.element / 365)
    }
    let terms = try #require(result.component("ugent-patent-and-minimums"))
    #expect(abs(terms.rnpv - costs) < 1e-6)
    let product = try #require(result.programmes.first { $0.id == "nk-aml" })
    #expect(abs(product.probabilityOfApproval - 0.55 * 0.632 * 0.307 * 0.581 * 0.853) < 1e-12)
    let increment = try #require(answer.increments?.items.first { $0.id == "ugent-licence" })
    #expect(increment.without.contains("sell what it sells"))
  }

  /// The flagship on the review's fixes.
  ///
  /// Financing and history apart, HepaStem's shared risk, Heparesc after its refusal, overheads to the
  /// horizon and tax. Its answer is a loss-making portfolio that must
  /// raise: the funding gap exceeds the 2019 equity.
  @Test func prometheraPortfolio() throws {
    let (result, warnings) = try Self.runWithWarnings("promethera-portfolio")
    #expect(warnings.contains { $0.contains(Self.reconciliation) })
    #expect(result.components.count == 25)
    #expect(result.cash.startingCash != nil && !result.cash.runway.isEmpty)
    // The 2019 equity: ITOCHU 10M and the Series D's other 29.7M, financing.
    let equity = try ["itochu-equity", "series-d"].map { try #require(result.component($0)) }
    #expect(equity.allSatisfy { $0.section == "financing" })
    #expect(abs(result.equity.raises.reduce(0) { $0 + $1.amount } - 39.7e6) < 1e-3)
    // History: the RCAs and subsidies received before 2019 are owed on.
    for id in ["rca-aclf", "rca-nash", "subsidies"] {
      #expect(try #require(result.component(id)?.outstanding) > 0, "\(id)")
    }
    // HepaStem ACLF: 0.6 × 0.512 × 0.581 × 0.853; Japan after Europe:
    // 0.6 × 0.512 × 0.8 × 0.7; Heparesc after its refusal: 0.4 × 0.6.
    let approval = Dictionary(
      uniqueKeysWithValues: result.programmes.map { ($0.id, $0.probabilityOfApproval) })
    #expect(abs(try #require(approval["hepastem-aclf"]) - 0.6 * 0.512 * 0.581 * 0.853) < 1e-12)
    #expect(abs(try #require(approval["hepastem-aclf-japan"]) - 0.6 * 0.512 * 0.8 * 0.7) < 1e-12)
    #expect(abs(try #require(approval["heparesc"]) - 0.4 * 0.6) < 1e-12)
    #expect(result.component("corporate-tax") != nil)
    #expect(result.npv > result.rnpv)
    #expect(result.cash.peakFundingNeed.percentiles.p50 > 39.7e6)
    let kinds = Set(result.components.map(\.kind))
    #expect(
      kinds.isSuperset(of: [
        "program", "recoverable-advance", "subsidy", "erdf", "equity", "out-licence", "in-licence",
        "supply", "co-development", "distribution", "cash-flows", "tax",
      ]))
  }
}

extension Assumption {
  /// A named variable or a distribution: the inputs a file gives a
  /// source for, unlike a point figure written in a field.
  fileprivate var isUncertainOrNamed: Bool {
    path.hasPrefix("variables.") || !["fixed", "date"].contains(family)
  }
}
