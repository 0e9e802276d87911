import ArgumentParser
import Foundation
import RunwayEngine
import RunwayHistory
import RunwayModel
import RunwayReport
import RunwayScenarioFile

/// `runway solve FILE --deal ID --term PATH --target …`: the value of one
/// deal term that reaches a target.
struct Solve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Solve a deal term (royalty, upfront, milestone, cost share) for a target.",
    discussion: """
      Targets, from our side of the deal:
        rnpv=AMOUNT    our rNPV (analytic) of the deal equals AMOUNT (e.g. rnpv=5M)
        mean=AMOUNT    our Monte Carlo mean of the deal equals AMOUNT
        share=FRACTION our share of the deal's total rNPV (e.g. share=50%)
        breakeven      the counterparty's rNPV is zero
        p10=AMOUNT     our P10 of the deal's value equals AMOUNT
      Every valuation uses the same random numbers, so the answer moves
      with the term only. royalty.tiers[*].rate moves every tier together
      (--move shift adds the same points to each, --move scale multiplies
      them); a single tier solved above the next is refused unless
      --allow-regressive.
      """)

  @Argument(help: "The scenario file (YAML).")
  var file: String

  @Option(help: "The deal's id (its key under deals:), or a group of deals.")
  var deal: String

  @Option(
    help:
      "The term's path inside the deal, e.g. royalty.tiers[0].rate or upfront; for a group, prefixed with one of its deals (licence.upfront)."
  )
  var term: String

  @Option(help: "rnpv=AMOUNT, share=FRACTION, breakeven or p10=AMOUNT.")
  var target: String

  @Option(
    help: ArgumentHelp(
      "The values to search, e.g. 0,50M (default 0,1 for a rate or a share).",
      valueName: "LOW,HIGH"))
  var range: String?

  @Option(help: "How royalty.tiers[*].rate moves the tiers: shift (add) or scale (multiply).")
  var move: TierMove = .shift

  @Flag(help: "Accept a solved tier rate above the next tier's.")
  var allowRegressive = false

  @OptionGroup var simulation: SimulationOptions

  @Option(help: "Also write the report of the scenario at the solved term to this folder.")
  var out: String?

  @Flag(help: "Print the solution as JSON on standard output.")
  var json = false

  /// The deal whose field the term is, and the field: the term itself in
  /// `--deal`, or, for a group, the member its first part names.
  func termOwner(in scenario: Scenario) throws -> (deal: String, field: String) {
    if scenario.deals.contains(where: { $0.id == deal }) { return (deal, term) }
    let members = scenario.deals.filter { $0.group == deal }.map(\.id)
    guard !members.isEmpty else { return (deal, term) }
    let parts = term.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, members.contains(parts[0]) else {
      throw ValidationError(
        "--term \(term): \(deal) is a group; start the term with one of its deals (\(members.joined(separator: ", "))), e.g. \(members[0]).upfront"
      )
    }
    return (parts[0], parts[1])
  }

  /// A term whose value is a fraction: a rate or a share.
  var isFraction: Bool {
    let last = term.split(separator: ".").last?.lowercased() ?? ""
    return last.hasSuffix("rate") || last.hasSuffix("share")
  }

  func validate() throws {
    _ = try parsedTarget()
    _ = try parsedRange()
  }

  func parsedTarget() throws -> DealTarget {
    if target == "breakeven" { return .counterpartyBreaksEven }
    let parts = target.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let value = ScenarioFile.number(parts[1]) else {
      throw ValidationError(
        "--target \(target): expected rnpv=AMOUNT, mean=AMOUNT, share=FRACTION, breakeven or p10=AMOUNT"
      )
    }
    switch parts[0] {
    case "rnpv": return .ourRNPV(value)
    case "mean": return .ourMean(value)
    case "p10": return .ourP10(value)
    case "share" where (0...1).contains(value): return .ourShare(value)
    case "share": throw ValidationError("--target share=\(parts[1]): a share is between 0 and 100%")
    default:
      throw ValidationError("--target \(parts[0]): expected rnpv, mean, share, breakeven or p10")
    }
  }

  func parsedRange(tiers: [Double]? = nil) throws -> ClosedRange<Double> {
    guard let range else {
      if let tiers, let low = tiers.min(), let high = tiers.max() {
        // Every tier stays a rate between 0 and 100 %.
        switch move {
        case .shift: return -low...(1 - high)
        case .scale: return 0...(high > 0 ? 1 / high : 1)
        }
      }
      guard isFraction else {
        throw ValidationError("--range LOW,HIGH is needed for \(term), e.g. --range 0,50M")
      }
      return 0...1
    }
    let ends = range.split(separator: ",").map { ScenarioFile.number(String($0)) }
    guard ends.count == 2, let low = ends[0], let high = ends[1], low < high else {
      throw ValidationError("--range \(range): expected LOW,HIGH with LOW < HIGH, e.g. 0,50M")
    }
    return low...high
  }

  func run() throws {
    let start = Date()
    let loaded = try simulation.load(file)
    let (owner, field) = try termOwner(in: loaded.scenario)
    let licence = loaded.scenario.deals.first { $0.id == owner }.flatMap { deal -> Licence? in
      if case .licence(let licence) = deal.terms { licence } else { nil }
    }
    let tiers = try TierTerm(field, licence: licence, move: move, deal: owner)
    let overrides = loaded.overrides.compactMap(Override.init(argument:))
    let scenario = { (value: Double) throws -> Scenario in
      try ScenarioFile.parse(loaded.data, file: file, overrides: overrides + tiers.overrides(value))
        .get().scenario
    }
    let solution: DealSolution
    do {
      solution = try DealSolver.solve(
        deal: deal, term: term, target: try parsedTarget(),
        range: try parsedRange(tiers: tiers.isAll ? tiers.base?.compactMap(\.self) : nil),
        options: simulation.valuation, scenario: scenario)
    } catch let error as ScenarioFileError {
      throw error
    } catch {
      throw CommandLineError("\(file): \(error)")
    }
    var notes: [String] = []
    if let rates = tiers.rates(at: solution.value) {
      let text = rates.map { $0.map { String(format: "%.3f%%", $0 * 100) } ?? "(variable)" }
        .joined(separator: " / ")
      let known = rates.compactMap(\.self)
      let regressive = zip(rates, rates.dropFirst()).contains { pair in
        guard let low = pair.0, let high = pair.1 else { return false }
        return low > high + 1e-12
      }
      if !allowRegressive, regressive {
        throw CommandLineError(
          "\(file): the solved tiers are regressive (\(text)): a higher tier pays less; solve royalty.tiers[*].rate to move them together, or pass --allow-regressive"
        )
      }
      notes.append("royalty tiers: \(text)")
      if let margin = tiers.licenseeMargin, let highest = known.max(), highest > margin {
        notes.append(
          "warning: the highest royalty, \(String(format: "%.1f%%", highest * 100)), exceeds the licensee's operating margin of \(String(format: "%.1f%%", margin * 100)) (1 − cogs − operating costs): it would lose money on each sale"
        )
      }
    }
    if let out {
      let solved = try simulation.load(file, extra: tiers.overrides(solution.value))
      let result = try solved.simulate(simulation.valuation).result
      try writeReport(to: URL(fileURLWithPath: out)) { folder in
        try ReportFolder.write(
          result, provenance: solved.provenance, to: folder, threads: simulation.threads)
      }
    }
    let settings = loaded.scenario.settings.simulation
    simulation.history.record(
      RecordedRun(
        "solve", scenarios: [loaded], overrides: simulation.overrides,
        threads: simulation.threads, start: start,
        figures: [
          HeadlineFigure(solution.term, solution.value, standardError: solution.valueStandardError),
          HeadlineFigure(
            "achieved", solution.achieved, standardError: solution.achievedStandardError),
        ], paths: simulation.paths ?? settings.paths, seed: simulation.seed ?? settings.seed,
        report: out.map(URL.init(fileURLWithPath:))))
    if json {
      print(try ResultJSON.encode(solution))
    } else {
      let counterparty = loaded.scenario.deals.first { $0.id == deal }?.counterparty
      print(
        TerminalText.safe(
          SolutionText.text(
            solution, counterparty: counterparty, fractionTerm: isFraction, notes: notes)),
        terminator: "")
    }
  }
}
