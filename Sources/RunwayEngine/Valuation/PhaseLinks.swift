import RunwayModel
import RunwayNumerics

/// The phases whose outcomes are tied across programmes
/// (``PhaseLink``), compiled to indices: who shares or depends on whom,
/// how a path decides them, and the exact joint probability of several
/// programmes' outcomes.
///
/// Each phase has an outcome of its own draw, whether or not its
/// programme reaches it. A phase that shares another's outcome takes it;
/// one that depends on another succeeds only where that one does, and then
/// with its own (conditional) probability. The Monte Carlo decides the
/// shared phase once per path, from its own stream; the analytic rNPV
/// conditions on the own draws of the linked phases (at most
/// `Limits.maximumLinkedPhases`, so 2^16 cases) and multiplies the rest.
struct PhaseLinks: Sendable {
  struct Link: Sendable {
    let sharesOutcome: Bool
    let program: Int
    let phase: Int
  }

  /// `links[program][phase]`.
  let links: [[Link?]]
  /// Whether any phase is linked: without links, every programme is
  /// decided and weighed on its own, as before.
  let isEmpty: Bool

  init(_ scenario: Scenario) {
    let index = Dictionary(
      scenario.programs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    links = scenario.programs.map { program in
      program.phases.map { phase in
        guard let link = phase.link, let target = index[link.program],
          let phaseIndex = scenario.programs[target].phases.firstIndex(where: {
            $0.name == link.phase
          })
        else { return nil }
        return Link(sharesOutcome: link.kind == .sameOutcome, program: target, phase: phaseIndex)
      }
    }
    isEmpty = !links.joined().contains { $0 != nil }
  }

  /// Whether phase `phase` of `program` succeeds on the path: its own draw
  /// against its probability, or its link's outcome (and its own draw).
  func succeeds(
    _ program: Int, _ phase: Int, in programs: [ProgramModel], row: [Double],
    path: (Int) -> Int
  ) -> Bool {
    func ownDraw() -> Bool {
      let model = programs[program].phases[phase]
      return model.outcome.uniform(path: UInt64(path(program)), draw: 0)
        < model.successProbability.value(row)
    }
    guard let link = links[program][phase] else { return ownDraw() }
    let linked = succeeds(link.program, link.phase, in: programs, row: row, path: path)
    return link.sharesOutcome ? linked : linked && ownDraw()
  }

  /// The phases `program` passes on the path: until the first that fails.
  func phasesPassed(
    _ program: Int, in programs: [ProgramModel], row: [Double], path: (Int) -> Int
  ) -> Int {
    let phases = programs[program].phases.count
    return (0..<phases).first { !succeeds(program, $0, in: programs, row: row, path: path) }
      ?? phases
  }

  /// The probability that each programme of `group` passes exactly
  /// `passed[k]` phases, jointly.
  func probability(
    ofPassing passed: [Int], programs group: [Int], in programs: [ProgramModel], row: [Double]
  ) -> Double {
    guard !isEmpty else {
      return zip(group, passed).reduce(1) {
        $0 * programs[$1.0].probability(ofPassing: $1.1, row: row)
      }
    }
    // The linked phases these programmes' outcomes rest on, and those of
    // them with a draw of their own (a shared outcome has none).
    var involved: [Int: Set<Int>] = [:]
    func visit(_ program: Int, _ phase: Int) {
      guard involved[program, default: []].insert(phase).inserted else { return }
      if let link = links[program][phase] { visit(link.program, link.phase) }
    }
    for program in group {
      for phase in links[program].indices where links[program][phase] != nil {
        visit(program, phase)
      }
    }
    let draws = involved.keys.sorted().flatMap { program in
      involved[program, default: []].sorted().filter {
        links[program][$0]?.sharesOutcome != true
      }.map { (program, $0) }
    }
    func probability(_ program: Int, _ phase: Int) -> Double {
      programs[program].phases[phase].successProbability.value(row)
    }
    var total = 0.0
    for mask in 0..<(1 << draws.count) {
      var drawn: [Int: [Int: Bool]] = [:]
      var weight = 1.0
      for (bit, (program, phase)) in draws.enumerated() {
        let success = mask & (1 << bit) != 0
        drawn[program, default: [:]][phase] = success
        let p = probability(program, phase)
        weight *= success ? p : 1 - p
      }
      guard weight > 0 else { continue }
      func outcome(_ program: Int, _ phase: Int) -> Bool {
        let own = drawn[program]?[phase] ?? false
        guard let link = links[program][phase] else { return own }
        let linked = outcome(link.program, link.phase)
        return link.sharesOutcome ? linked : linked && own
      }
      var joint = weight
      for (program, count) in zip(group, passed) {
        let phases = programs[program].phases.count
        func success(_ phase: Int) -> Double {
          involved[program]?.contains(phase) == true
            ? (outcome(program, phase) ? 1 : 0) : probability(program, phase)
        }
        for phase in 0..<count { joint *= success(phase) }
        if count < phases { joint *= 1 - success(count) }
      }
      total += joint
    }
    return total
  }
}
