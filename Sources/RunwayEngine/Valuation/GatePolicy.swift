/// The decision at every gate in every case of what the gates know,
/// found by backward induction on the analytic tree: the deepest gate
/// first, each deciding with the later gates' decisions already taken.
///
/// A gate weighs the programme's own value (the components that depend on
/// it alone: its costs and sales, its licences, flows waiting for its
/// events) on continuing against stopping before the phase starts. Both
/// include the same flows before the gate, so comparing them compares
/// what follows. It continues unless stopping is worth more, averaging
/// over the cases it cannot tell apart (the variables it does not know).
/// Taxes and components shared with other programmes play no part.
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
      let own = model.components.indices.filter { model.components[$0].programs == [program] }
      let phases = full[program]
      /// The programme's own value when it passes `passed` phases, or
      /// halts at the gate of phase `passed`.
      func value(passed: Int, halted: Bool) -> Double {
        var reached = full
        reached[program] = passed
        state.halted[program] = halted
        model.book(&state, passed: reached)
        state.halted[program] = false
        return own.reduce(0) { $0 + state.ledger.value[$1] }
      }
      // The first gate at or after the current one that stops, per case.
      var stopAt = [Int?](repeating: nil, count: gates.caseCount)
      let programGates = gates.gates.filter { $0.program == program }
      for gate in programGates.sorted(by: { $0.phase > $1.phase }) {
        let advantage = (0..<gates.caseCount).map { index in
          state.row = gates.row(row, case: index)
          state.discounting.reset(row: state.row)
          var continuing = 0.0
          var reach = 0.0
          for passed in gate.phase...phases {
            let p = model.probability(ofPassing: [passed], programs: [program], row: state.row)
            guard p > 0 else { continue }
            reach += p
            let halted = stopAt[index].map { passed >= $0 } ?? false
            continuing +=
              p * value(passed: halted ? stopAt[index] ?? passed : passed, halted: halted)
          }
          return continuing - reach * value(passed: gate.phase, halted: true)
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
