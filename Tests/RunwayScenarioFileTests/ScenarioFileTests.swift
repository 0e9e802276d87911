import Foundation
import RunwayModel
import RunwayScenarioFile
import Testing

/// The diagnostics of `yaml` as `runway validate` prints them.
func diagnostics(_ yaml: String) -> [String] {
  switch ScenarioFile.parse(yaml, file: "t.yaml") {
  case .success(let (_, warnings)): warnings.map(\.description)
  case .failure(let error): error.diagnostics.map(\.description)
  }
}

func scenario(_ yaml: String) throws -> Scenario {
  try ScenarioFile.parse(yaml, file: "t.yaml").get().scenario
}

struct ScenarioFileTests {
  @Test func readsAmountsDatesAndDurationsAsPeopleWriteThem() throws {
    let parsed = try scenario(Fixtures.settings + Fixtures.program)
    #expect(parsed.settings.valuationDate == Day(year: 2016, month: 1, day: 1))
    #expect(parsed.settings.horizon == Day(year: 2040, month: 12, day: 31))
    #expect(parsed.settings.discountRate == .fixed(0.12, unit: .share))
    #expect(parsed.settings.fx["USD"] == .fixed(0.92, unit: .number))
    let phases = parsed.programs[0].phases
    #expect(phases[0].start == Day(year: 2016, month: 4, day: 1))  // 2016-Q2
    #expect(phases[0].duration == .fixed(2.5, unit: .years))  // 30 months
    #expect(phases[0].cost == .fixed(12_000_000, unit: .money))
    #expect(phases[0].successProbability.fixedValue.map { abs($0 - 0.307) < 1e-15 } == true)
    #expect(phases[1].cost == .fixed(25_000_000, currency: "USD", unit: .money))
    #expect(phases[1].costCurve == .sCurve(steepness: 6))
  }

  @Test func readsEveryNumberForm() throws {
    let parsed = try scenario(
      Fixtures.settings + """
        variables:
          a: 2.5m
          b: 750k
          c: 1.2bn
          d: 1,250,000
          e: USD 12M
          f: {distribution: lognormal, median: 200M, p90: 350M, source: analyst range}

        """)
    let values = parsed.variables.map(\.value)
    #expect(values[0] == .fixed(2_500_000))
    #expect(values[1] == .fixed(750_000))
    #expect(values[2] == .fixed(1_200_000_000))
    #expect(values[3] == .fixed(1_250_000))
    #expect(values[4] == .fixed(12_000_000, currency: "USD"))
    #expect(
      values[5]
        == Quantity(
          .distribution(
            DistributionSpec(
              .lognormalPercentiles(median: 2e8, p90: 3.5e8), source: "analyst range"))))
    #expect(parsed.variables[5].source == "analyst range")
  }

  // MARK: One test per class of error, with its exact place and words

  @Test func unknownKeySuggestsTheClosestOne() {
    let yaml = Fixtures.settings.replacingOccurrences(
      of: "  discountRate: 12%", with: "  discountRat: 12%")
    #expect(
      diagnostics(yaml) == [
        "t.yaml:2:3: error: scenario.discountRate is required (annual discount rate)",
        "t.yaml:7:3: error: scenario.discountRat is not a key of scenario (did you mean 'discountRate'?); expected one of id, name, valuationDate, currency, grid, horizon, discountRate, timing, fx, simulation, startingCash, question, subject, sharesOutstanding, tax",
      ])
  }

  /// A deal named like a program would share its column in the report's
  /// tables: the second definition is refused where it stands.
  @Test func componentsNeedDistinctNamesAcrossSections() {
    let yaml =
      Fixtures.settings + Fixtures.program + """
        deals:
          aclf: {kind: cash-flows, counterparty: C, flows: [{date: 2017-01-01, amount: 1M}]}
        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:25:3: error: deals.aclf has the name of programs.aclf; programs, funding and deals need distinct names"
      ])
  }

  @Test func wrongTypesSayWhatWasExpected() {
    let yaml = Fixtures.settings + "programs:\n  aclf: HepaStem\n" + "variables:\n  x: twelve\n"
    #expect(
      diagnostics(yaml) == [
        "t.yaml:11:9: error: programs.aclf expected a mapping with keys name, phases, market, owner, found 'HepaStem'",
        "t.yaml:13:6: error: variables.x expected a number or a $variable, found 'twelve'",
      ])
  }

  @Test func missingRequiredFieldsAreNamed() {
    let yaml = Fixtures.program.replacingOccurrences(
      of: "        successProbability: 30.7%\n", with: "")
    #expect(
      diagnostics(Fixtures.settings + yaml) == [
        "t.yaml:14:9: error: programs.aclf.phases[0].successProbability is required (probability of success at the phase's end)"
      ])
  }

  @Test func probabilitiesOutsideZeroToOneAreErrors() {
    let yaml = Fixtures.program.replacingOccurrences(of: "30.7%", with: "130%")
    #expect(
      diagnostics(Fixtures.settings + yaml) == [
        "t.yaml:18:29: error: programs.aclf.phases[0].successProbability is 1.3; a probability must lie in 0…1 (0%…100%)"
      ])
    let normal = Fixtures.program.replacingOccurrences(
      of: "30.7%", with: "{distribution: normal, mean: 0.3, sd: 0.1}")
    #expect(
      diagnostics(Fixtures.settings + normal) == [
        "t.yaml:18:29: error: programs.aclf.phases[0].successProbability is a normal that draws values in [-0.53, 1.13], but a probability must lie in 0…1 (0%…100%); narrow it or truncate it with lower/upper"
      ])
  }

  @Test func negativeCostsAndDurationsAreErrors() {
    let yaml = Fixtures.program
      .replacingOccurrences(of: "cost: 12M", with: "cost: -12M")
      .replacingOccurrences(of: "duration: 2.5", with: "duration: -1")
    #expect(
      diagnostics(Fixtures.settings + yaml) == [
        "t.yaml:17:15: error: programs.aclf.phases[0].cost is -12M; an amount must lie in 0…1e15",
        "t.yaml:20:19: error: programs.aclf.phases[1].duration is -1; a duration must lie in 0…100 years",
      ])
  }

  @Test func threePointEstimatesMustBeInOrder() {
    let yaml =
      Fixtures.settings + """
        variables:
          cost: {distribution: pert, min: 20M, mode: 12M, max: 30M}
          time: {distribution: triangular, min: 3, mode: 2, max: 1}

        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:11:9: error: variables.cost pert needs min ≤ mode ≤ max with min < max, got min 20M, mode 12M, max 30M",
        "t.yaml:12:9: error: variables.time triangular needs min ≤ mode ≤ max with min < max, got min 3, mode 2, max 1",
      ])
  }

  @Test func flowsBeforeTheValuationDateAreErrors() {
    let yaml =
      Fixtures.settings + """
        funding:
          itochu:
            kind: equity
            investor: ITOCHU
            date: 2015-12-31
            amount: 10M

        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:14:11: error: funding.itochu.date is 2015-12-31, before the valuation date 2016-01-01; a valuation counts future flows only (a grant's or an advance's past payments go under received:)"
      ])
  }

  @Test func phasesThatOverlapOrLeaveGapsMustBeDeclared() {
    let gap = Fixtures.program.replacingOccurrences(
      of: "      - name: Phase 3\n", with: "      - name: Phase 3\n        start: 2019-01-01\n")
    #expect(
      diagnostics(Fixtures.settings + gap) == [
        "t.yaml:20:16: error: programs.aclf.phases[1].start is 2019-01-01 and leaves a gap after the previous phase, which ends 2018-10-01; declare it with lag: 0.25 (years) instead of a start date"
      ])
    let overlap = Fixtures.program.replacingOccurrences(
      of: "      - name: Phase 3\n", with: "      - name: Phase 3\n        start: 2018-01-01\n")
    #expect(
      diagnostics(Fixtures.settings + overlap) == [
        "t.yaml:20:16: error: programs.aclf.phases[1].start is 2018-01-01 and overlaps the previous phase, which ends 2018-10-01; declare it with lag: -0.75 (years) instead of a start date"
      ])
    let declared = Fixtures.program.replacingOccurrences(
      of: "      - name: Phase 3\n", with: "      - name: Phase 3\n        lag: -0.75\n")
    #expect(diagnostics(Fixtures.settings + declared) == [])
  }

  @Test func undefinedReferencesAreNamedWithASuggestion() {
    let yaml =
      Fixtures.settings + Fixtures.program + """
        variables:
          peakSales: {distribution: pert, min: 80M, mode: 120M, max: 200M}
        funding:
          rca:
            kind: recoverable-advance
            program: acfl
            share: 60%
            ceiling: 19.5M
        deals:
          lifeliver:
            kind: out-licence
            counterparty: LifeLiver
            program: aclf
            milestones:
              - event: phase-success
                phase: Phase 4
                amount: $milestne

        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:29:14: error: funding.rca.program refers to program 'acfl', which is not defined (did you mean 'aclf'?)",
        "t.yaml:39:16: error: deals.lifeliver.milestones[0].phase refers to a phase of aclf, 'Phase 4', which is not defined (did you mean 'Phase 2'?)",
        "t.yaml:40:17: error: deals.lifeliver.milestones[0].amount refers to variable 'milestne', which is not defined",
      ])
  }

  @Test func referenceCyclesAreErrors() {
    let yaml = Fixtures.settings + "variables:\n  a: $b\n  b: $c\n  c: $a\n"
    #expect(
      diagnostics(yaml).first
        == "t.yaml:11:6: error: variables.a refers to a cycle of variables: $b → $c → $a → $b")
  }

  @Test func currenciesMustBeKnownAndHaveAnFXRate() {
    let yaml = Fixtures.settings + "variables:\n  a: JPY 500M\n  b: EUX 3M\n"
    #expect(
      diagnostics(yaml) == [
        "t.yaml:11:6: error: variables.a is in JPY, which has no FX rate: add scenario.fx.JPY (EUR per JPY)",
        "t.yaml:12:6: error: variables.b is in 'EUX', not an ISO 4217 currency code Runway knows (did you mean 'EUR'?)",
      ])
  }

  @Test func correlationsNeedKnownVariablesAndValuesInRange() {
    let yaml =
      Fixtures.settings + """
        variables:
          peakSales: {distribution: pert, min: 80M, mode: 120M, max: 200M}
        correlations:
          - between: [peakSales, trialCost]
            value: 1.3

        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:13:14: error: correlations[0].between refers to variable 'trialCost', which is not defined",
        "t.yaml:14:12: error: correlations[0].value is 1.3; a correlation lies in -1…1",
      ])
  }

  @Test func royaltyTiersMustAscend() {
    let yaml =
      Fixtures.settings + Fixtures.program + """
        deals:
          lifeliver:
            kind: out-licence
            counterparty: LifeLiver
            program: aclf
            royalty:
              tiers:
                - rate: 8%
                - from: 50M
                  rate: 10%
                - from: 50M
                  rate: 12%

        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:34:17: error: deals.lifeliver.royalty.tiers[2].from is 50M, not above the previous tier's 50M: tiers overlap or are out of order; list them by ascending sales"
      ])
  }

  /// The seed's own figures: €22.1M declared, €19.5M + €2.5M + €1.8M = €23.8M.
  @Test func aPackageTotalThatDiffersFromItsPartsIsAWarningWithBothFigures() throws {
    let yaml =
      Fixtures.settings + Fixtures.program + """
        funding:
          rca: {kind: recoverable-advance, program: aclf, share: 60%, ceiling: 19.5M}
          subsidy: {kind: subsidy, program: aclf, share: 20%, ceiling: 2.5M}
          feder: {kind: erdf, program: aclf, intensity: 50%, euShare: 40%, regionalShare: 50%, ceiling: 1.8M}
        packages:
          walloon:
            total: 22.1M
            instruments: [rca, subsidy, feder]

        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:30:12: warning: packages.walloon.total is 22.1M but the parts add up to 23.8M (rca 19.5M + subsidy 2.5M + feder 1.8M): a difference of 1.7M"
      ])
    #expect(try scenario(yaml).packages[0].declaredTotal == 22_100_000)
  }

  @Test func limitsThatProtectTheMachineAreErrors() {
    let yaml =
      Fixtures.settings.replacingOccurrences(
        of: "  horizon: 2040", with: "  horizon: 2040\n  grid: month")
      + "  simulation:\n    paths: 5000000\n"
    #expect(
      diagnostics(yaml) == [
        "t.yaml:12:5: error: scenario.simulation.paths 5000000 paths × 300 periods need 11444 MiB for per-period statistics; the cap is 4096 MiB: use fewer paths or a coarser grid"
      ])
  }

  @Test func everyErrorIsReportedAtOnceInFileOrder() {
    let yaml = Fixtures.program
      .replacingOccurrences(of: "30.7%", with: "130%")
      .replacingOccurrences(of: "cost: 12M", with: "cost: -12M")
      .replacingOccurrences(of: "USD 25M", with: "GBP 25M")
    #expect(
      diagnostics(Fixtures.settings + yaml) == [
        "t.yaml:17:15: error: programs.aclf.phases[0].cost is -12M; an amount must lie in 0…1e15",
        "t.yaml:18:29: error: programs.aclf.phases[0].successProbability is 1.3; a probability must lie in 0…1 (0%…100%)",
        "t.yaml:21:15: error: programs.aclf.phases[1].cost is in GBP, which has no FX rate: add scenario.fx.GBP (EUR per GBP)",
      ])
  }

  @Test func notYAMLAtAllIsOneClearError() {
    #expect(
      diagnostics("scenario: [unclosed") == [
        "t.yaml:2:1: error: is not valid YAML: did not find expected ',' or ']'"
      ])
    #expect(
      diagnostics("") == ["t.yaml:1:1: error: is empty; a scenario starts with a scenario: mapping"]
    )
  }
}

struct CorrelationMatrixAndCurrencyTests {
  static let variables = """
    variables:
      a: {distribution: uniform, min: 0, max: 1}
      b: {distribution: uniform, min: 0, max: 1}
      c: {distribution: uniform, min: 0, max: 1}

    """

  @Test func aMatrixBecomesItsPairs() throws {
    let parsed = try scenario(
      Fixtures.settings + Self.variables + """
        correlations:
          variables: [a, b, c]
          matrix:
            - [1, 0.3, 0]
            - [0.3, 1, -0.2]
            - [0, -0.2, 1]

        """)
    #expect(
      parsed.correlations == [
        Correlation(first: "a", second: "b", value: 0.3, measure: .spearman),
        Correlation(first: "b", second: "c", value: -0.2, measure: .spearman),
      ])
  }

  @Test func aMatrixMustBeSquareSymmetricWithUnitDiagonal() {
    let yaml =
      Fixtures.settings + Self.variables + """
        correlations:
          variables: [a, b, c]
          matrix:
            - [1, 0.3, 0]
            - [0.4, 0.9, 0]
            - [0, 0, 1]

        """
    #expect(
      diagnostics(yaml) == [
        "t.yaml:17:11: error: correlations.matrix[0][1] is 0.3 but [1][0] is 0.4; a correlation matrix is symmetric",
        "t.yaml:18:13: error: correlations.matrix[1][1] is 0.9; a variable's correlation with itself is 1",
      ])
  }

  @Test func aDealsAmountsAreInItsCurrency() throws {
    let parsed = try scenario(
      Fixtures.settings + Fixtures.program + """
        deals:
          ono:
            kind: out-licence
            counterparty: Ono
            program: aclf
            currency: USD
            signed: 2016-07-11
            upfront: 12.5M
            milestones:
              - {event: approval, amount: EUR 5M}

        """)
    guard case .licence(let licence) = parsed.deals[0].terms else {
      Issue.record("expected a licence")
      return
    }
    #expect(licence.upfront == .fixed(12_500_000, currency: "USD", unit: .money))
    // In the reporting currency.
    #expect(licence.milestones[0].amount == .fixed(5_000_000, unit: .money))
  }
}

/// `--set` overrides, applied to the YAML tree before validation.
struct OverrideTests {
  static let text = Fixtures.settings + Fixtures.program

  static func parse(_ overrides: [String]) -> Result<
    (scenario: Scenario, warnings: [Diagnostic]), ScenarioFileError
  > {
    ScenarioFile.parse(
      text, file: "f.yaml", overrides: overrides.compactMap(Override.init(argument:)))
  }

  @Test func replacesAScalarInAListItem() throws {
    let scenario = try Self.parse(["programs.aclf.phases[1].cost=30M"]).get().scenario
    #expect(scenario.programs[0].phases[1].cost == .fixed(30e6, unit: .money))
  }

  @Test func takesAnInlineDistribution() throws {
    let scenario = try Self.parse([
      "programs.aclf.phases[0].successProbability={distribution: beta, alpha: 3, beta: 7}"
    ]).get().scenario
    #expect(
      scenario.programs[0].phases[0].successProbability
        == Quantity(
          .distribution(DistributionSpec(.beta(alpha: 3, beta: 7, min: 0, max: 1))), unit: .share))
  }

  @Test func addsAnOptionalField() throws {
    let scenario = try Self.parse(["scenario.startingCash=25M"]).get().scenario
    #expect(scenario.settings.startingCash == .fixed(25e6, unit: .money))
  }

  @Test func namesWhereAPathLeadsNowhere() {
    guard case .failure(let error) = Self.parse(["programs.aclf.phases[5].cost=1M"]) else {
      Issue.record("an index past the end must fail")
      return
    }
    #expect(
      error.diagnostics.map(\.message) == [
        "--set programs.aclf.phases[5].cost: leads nowhere: programs.aclf.phases has 2 items, numbered from 0"
      ])
  }

  @Test func reportsAWrongValueAtTheReplacedFieldsLine() {
    guard case .failure(let error) = Self.parse(["programs.aclf.phases[0].successProbability=130%"])
    else {
      Issue.record("a probability of 130 % must fail")
      return
    }
    // Line 18 of the fixture holds Phase 2's successProbability.
    #expect(error.diagnostics.first?.location.line == 18)
  }
}
