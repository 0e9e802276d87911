/// The decision at every gate in every case of what the gates know,
/// found by backward induction on the analytic tree: the deepest gate
/// first, each deciding with the later gates' decisions already taken.
///
/// A gate weighs the value of every component that depends on its
/// programme (its costs and sales, its licences, flows waiting for its
/// events, alone or with other programmes') on continuing against
/// stopping before the phase starts, over the joint outcomes of the
/// programmes each component depends on. Both include the same flows
/// before the gate, so comparing them compares what follows. It continues
/// unless stopping is worth more, averaging over the cases it cannot tell
/// apart (the variables it does not know). Each programme's gates are
/// decided with the other programmes going on; taxes play no part.
struct GatePolicy: Sendable {
  /// `stops[case][program]`: the phase at whose gate the programme stops
  /// in that case, when it gets there, or `nil`.
  let stops: [[Int?]]

  /// No gate stops anything: the value without the option to stop.
  init(never gates: GateSet, programs: Int) {
    stops = Array(
      repeating: Array(repeating: nil, count: programs), count: gates.caseCount)
  }

  /// The best decisions with the inputs of `row`.
  init(_ model: ScenarioModel, row: [Double]) {
    let gates = model.gates
    var stops = GatePolicy(never: gates, programs: model.programs.count).stops
    var state = DeterministicValuation.baseState(model, row: row)
    let full = model.programs.map(\.phases.count)
    for program in Set(gates.gates.map(\.program)).sorted() {
      let groups = Dictionary(
        grouping: model.components.indices.filter {
          model.components[$0].programs.contains(program)
        }
      ) { Array(Set(model.components[$0].programs)).sorted() }
      /// The value of `members` where `programs` pass `outcome`, this
      /// programme passing `passed` phases and then perhaps halting.
      func value(
        _ members: [Int], _ programs: [Int], _ outcome: [Int], passed: Int, halted: Bool
      ) -> Double {
        var reached = full
        for (other, phases) in zip(programs, outcome) { reached[other] = phases }
        reached[program] = passed
        state.halted[program] = halted
        model.book(&state, passed: reached)
        state.halted[program] = false
        return members.reduce(0) { $0 + state.ledger[.value, $1] }
      }
      // The first gate at or after the current one that stops, per case.
      var stopAt = [Int?](repeating: nil, count: gates.caseCount)
      let programGates = gates.gates.filter { $0.program == program }
      for gate in programGates.sorted(by: { $0.phase > $1.phase }) {
        let advantage = (0..<gates.caseCount).map { index in
          state.row = gates.row(row, case: index)
          state.discounting.reset(row: state.row)
          let law = model.links.law(row: state.row)
          var advantage = 0.0
          for (programs, members) in groups {
            let position = programs.firstIndex(of: program) ?? 0
            for outcome in DeterministicValuation.outcomes(of: programs, in: model)
            where outcome[position] >= gate.phase {
              let p = law.probability(ofPassing: outcome, programs: programs)
              guard p > 0 else { continue }
              let later = stopAt[index].flatMap { outcome[position] >= $0 ? $0 : nil }
              let continuing = value(
                members, programs, outcome, passed: later ?? outcome[position],
                halted: later != nil)
              let stopping = value(members, programs, outcome, passed: gate.phase, halted: true)
              advantage += p * (continuing - stopping)
            }
          }
          return advantage
        }
        for index in stopAt.indices {
          let expected = advantage.indices.reduce(0.0) { sum, other in
            gates.areAlike(index, other, at: gate)
              ? sum + gates.probability(of: other) * advantage[other] : sum
          }
          if expected < 0 { stopAt[index] = gate.phase }
        }
      }
      for index in stopAt.indices { stops[index][program] = stopAt[index] }
    }
    self.stops = stops
  }
}
