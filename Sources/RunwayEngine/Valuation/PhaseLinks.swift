import RunwayModel
import RunwayNumerics

/// The phases whose outcomes are tied across programmes or to a shared
/// risk (``PhaseLink``), compiled to indices: who shares or depends on
/// whom, how a path decides them, and the exact joint probability of
/// several programmes' outcomes.
///
/// Outcomes are read from "units": the programmes first, then the shared
/// risks, each a unit of one phase. Every phase has an outcome of its own
/// draw, whether or not its programme reaches it. A phase that shares
/// another's outcome takes it; one that depends on another succeeds only
/// where that one does, and then with its own (conditional) probability.
/// The Monte Carlo decides a shared phase or risk once per path, from its
/// own stream; the analytic rNPV conditions on the own draws of the linked
/// phases (at most `Limits.maximumLinkedPhases`, so 2^16 cases) and
/// multiplies the rest.
struct PhaseLinks: Sendable {
  struct Link: Sendable {
    let sharesOutcome: Bool
    let unit: Int
    let phase: Int
  }

  /// `links[unit][phase]`.
  let links: [[Link?]]
  /// The probability of success of each unit's phases.
  let probabilities: [[Input]]
  /// The stream that decides each unit's phases.
  let streams: [[RandomStream]]
  /// The number of shared risks, the units after the programmes.
  let riskCount: Int
  /// Whether any phase is linked: without links, every programme is
  /// decided and weighed on its own, as before.
  let isEmpty: Bool
  /// The units whose outcomes are tied, directly or through others.
  ///
  /// Each group's outcome is one factor of the sensitivity measures.
  /// Ordered by their first unit; every unit is in one group.
  let groups: [[Int]]

  /// `risks` are the scenario's shared risks, compiled in its order.
  init(
    _ scenario: Scenario, programs: [ProgramModel],
    risks: [(probability: Input, stream: RandomStream)]
  ) {
    let units = Dictionary(
      scenario.programs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let riskUnits = Dictionary(
      scenario.risks.enumerated().map { ($1.id, programs.count + $0) },
      uniquingKeysWith: { first, _ in first })
    let programLinks = scenario.programs.map { program in
      program.phases.map { phase -> Link? in
        guard let link = phase.link else { return nil }
        switch link.target {
        case .risk(let risk):
          return riskUnits[risk].map {
            Link(sharesOutcome: link.kind == .sameOutcome, unit: $0, phase: 0)
          }
        case .phase(let program, let name):
          guard let target = units[program],
            let index = scenario.programs[target].phases.firstIndex(where: { $0.name == name })
          else { return nil }
          return Link(sharesOutcome: link.kind == .sameOutcome, unit: target, phase: index)
        }
      }
    }
    links = programLinks + risks.map { _ in [nil] }
    riskCount = risks.count
    probabilities =
      programs.map { $0.phases.map(\.successProbability) } + risks.map { [$0.probability] }
    streams = programs.map { $0.phases.map(\.outcome) } + risks.map { [$0.stream] }
    isEmpty = !programLinks.joined().contains { $0 != nil }
    groups = Self.groups(links)
  }

  /// The connected groups of units tied by `links`.
  private static func groups(_ links: [[Link?]]) -> [[Int]] {
    var group = Array(links.indices)
    func root(_ unit: Int) -> Int {
      var unit = unit
      while group[unit] != unit { unit = group[unit] }
      return unit
    }
    for (unit, phases) in links.enumerated() {
      for link in phases.compactMap({ $0 }) {
        let (a, b) = (root(unit), root(link.unit))
        group[max(a, b)] = min(a, b)
      }
    }
    return Dictionary(grouping: links.indices, by: root).values.sorted { $0[0] < $1[0] }
  }

  /// Whether phase `phase` of `unit` succeeds on the path.
  ///
  /// It is its own draw against its probability, or its link's outcome
  /// (and its own draw). `outcome(unit, phase)` is the phase's own
  /// uniform on the path (of `streams[unit][phase]`).
  func succeeds(_ unit: Int, _ phase: Int, row: [Double], outcome: (Int, Int) -> Double) -> Bool {
    func ownDraw() -> Bool { outcome(unit, phase) < probabilities[unit][phase].value(row) }
    guard let link = links[unit][phase] else { return ownDraw() }
    let linked = succeeds(link.unit, link.phase, row: row, outcome: outcome)
    return link.sharesOutcome ? linked : linked && ownDraw()
  }

  /// The phases `program` passes on the path: until the first that fails.
  func phasesPassed(_ program: Int, row: [Double], outcome: (Int, Int) -> Double) -> Int {
    let phases = links[program].count
    return (0..<phases).first { !succeeds(program, $0, row: row, outcome: outcome) } ?? phases
  }

  /// The joint law of the programmes' outcomes with the inputs of `row`.
  ///
  /// For each joint draw of the linked phases, its weight and each
  /// programme's chances of passing 0…n phases given it. Built once, it
  /// gives any joint probability by a short sum (the tax weighs every
  /// joint outcome of every programme).
  func law(row: [Double]) -> OutcomeLaw {
    func probability(_ unit: Int, _ phase: Int) -> Double {
      probabilities[unit][phase].value(row)
    }
    let programs = links.count - riskCount
    // The linked phases with a draw of their own (a shared outcome has
    // none), over every programme.
    var involved: [Int: Set<Int>] = [:]
    func visit(_ unit: Int, _ phase: Int) {
      guard involved[unit, default: []].insert(phase).inserted else { return }
      if let link = links[unit][phase] { visit(link.unit, link.phase) }
    }
    for program in 0..<programs {
      for phase in links[program].indices where links[program][phase] != nil {
        visit(program, phase)
      }
    }
    let draws = involved.keys.sorted().flatMap { unit in
      involved[unit, default: []].sorted().filter {
        links[unit][$0]?.sharesOutcome != true
      }.map { (unit, $0) }
    }
    var cases: [OutcomeLaw.Case] = []
    for mask in 0..<(1 << draws.count) {
      var drawn: [Int: [Int: Bool]] = [:]
      var weight = 1.0
      for (bit, (unit, phase)) in draws.enumerated() {
        let success = mask & (1 << bit) != 0
        drawn[unit, default: [:]][phase] = success
        let p = probability(unit, phase)
        weight *= success ? p : 1 - p
      }
      guard weight > 0 else { continue }
      func outcome(_ unit: Int, _ phase: Int) -> Bool {
        let own = drawn[unit]?[phase] ?? false
        guard let link = links[unit][phase] else { return own }
        let linked = outcome(link.unit, link.phase)
        return link.sharesOutcome ? linked : linked && own
      }
      let passing = (0..<programs).map { program -> [Double] in
        let success = links[program].indices.map { phase in
          involved[program]?.contains(phase) == true
            ? (outcome(program, phase) ? 1 : 0) : probability(program, phase)
        }
        var reach = 1.0
        return success.indices.map { phase in
          defer { reach *= success[phase] }
          return reach * (1 - success[phase])
        } + [success.reduce(1, *)]
      }
      cases.append(.init(weight: weight, passing: passing))
    }
    return OutcomeLaw(cases: cases, varying: Set(involved.keys.filter { $0 < programs }))
  }
}

/// The joint law of the programmes' outcomes (``PhaseLinks/law(row:)``).
struct OutcomeLaw: Sendable {
  struct Case: Sendable {
    let weight: Double
    /// `passing[program][n]`: the chance it passes exactly n phases.
    let passing: [[Double]]
  }

  let cases: [Case]
  /// The programmes whose chances differ from case to case (those with a
  /// linked phase); the others' are the same in every case.
  let varying: Set<Int>

  /// The probability that each programme of `group` passes exactly
  /// `passed[k]` phases, jointly: the programmes without links multiply,
  /// the linked ones are summed over the cases.
  func probability(ofPassing passed: [Int], programs group: [Int]) -> Double {
    guard let first = cases.first else { return 0 }
    var independent = 1.0
    var linked: [(program: Int, count: Int)] = []
    for (program, count) in zip(group, passed) {
      if varying.contains(program) {
        linked.append((program, count))
      } else {
        independent *= first.passing[program][count]
      }
    }
    guard independent > 0, !linked.isEmpty else { return independent }
    var total = 0.0
    for law in cases {
      var joint = law.weight
      for (program, count) in linked {
        joint *= law.passing[program][count]
        if joint == 0 { break }
      }
      total += joint
    }
    return independent * total
  }
}
