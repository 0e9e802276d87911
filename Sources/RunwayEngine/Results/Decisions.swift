/// The go/no-go gates' decisions and what the option to stop is worth.
public struct Decisions: Codable, Hashable, Sendable {
  /// One gate's decision.
  public struct Gate: Codable, Hashable, Sendable {
    public var program: String
    public var phase: String
    /// The probability that the programme gets to the gate.
    public var probabilityReached: Double
    /// The probability that it gets there and stops.
    public var probabilityStopped: Double
    /// The values of the variables the gate knows for which it stops,
    /// each a case (`[:]`: it stops whatever they are).
    public var stopsWhen: [[String: Double]]
  }

  /// The analytic rNPV of the portfolio with the gates minus without them
  /// (every programme going on to the end).
  public var optionValue: Double
  /// The analytic rNPV without the gates.
  public var rnpvWithoutOption: Double
  public var gates: [Gate]
}

extension Decisions {
  /// The decisions of `model`'s gates, whose analytic rNPV is `rnpv`;
  /// `nil` without gates.
  init?(_ model: ScenarioModel, rnpv: Double) {
    let gates = model.gates
    guard !gates.isEmpty else { return nil }
    let base = model.plan.base
    let without = DeterministicValuation.analytic(model, deciding: false).total
    self.init(
      optionValue: rnpv - without, rnpvWithoutOption: without,
      gates: gates.gates.map { gate in
        var reached = 0.0
        var stopped = 0.0
        var stopsWhen: [[String: Double]] = []
        for index in 0..<gates.caseCount {
          let stop = model.policy.stops[index][gate.program]
          if let stop, stop < gate.phase { continue }
          let law = model.links.law(row: gates.row(base, case: index))
          let reach =
            gates.probability(of: index)
            * (gate.phase...model.programs[gate.program].phases.count).reduce(0) {
              $0 + law.probability(ofPassing: [$1], programs: [gate.program])
            }
          reached += reach
          guard stop == gate.phase else { continue }
          stopped += reach
          let digits = gates.digits(of: index)
          let known = Dictionary(
            uniqueKeysWithValues: gate.knowing.map {
              (gates.known[$0].name, gates.known[$0].values[digits[$0]])
            })
          if !stopsWhen.contains(known) { stopsWhen.append(known) }
        }
        let program = model.programs[gate.program]
        return Gate(
          program: program.id, phase: program.phases[gate.phase].name,
          probabilityReached: reached, probabilityStopped: stopped, stopsWhen: stopsWhen)
      })
  }
}
