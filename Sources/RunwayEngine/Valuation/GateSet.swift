import RunwayModel
import RunwayNumerics

/// The scenario's go/no-go gates (``Gate``) compiled to indices, and the
/// discrete variables the analytic rNPV enumerates: those the gates know,
/// and the scenario's other discrete inputs (a hypothesis with its
/// weights) while their joint values stay few.
///
/// A "case" is one joint value of these variables: the decisions are
/// found for each (``GatePolicy``), and the analytic rNPV weighs the
/// cases by their probabilities, the variables being independent. A
/// value that is not linear in a hypothesis (a ceiling that binds in one
/// reading only) is then exact, not taken at the hypotheses' mean.
struct GateSet: Sendable {
  struct Gate: Sendable {
    let program: Int
    let phase: Int
    /// Indices into `known`.
    let knowing: [Int]
  }

  /// A variable some gate knows: its slot, its values and their
  /// probabilities.
  struct Known: Sendable {
    let name: String
    let slot: Int
    let values: [Double]
    let probabilities: [Double]
  }

  let gates: [Gate]
  let known: [Known]

  var isEmpty: Bool { gates.isEmpty }

  /// The number of joint values of the known variables.
  var caseCount: Int { known.reduce(1) { $0 * $1.values.count } }

  init(_ scenario: Scenario, builder: inout ModelBuilder) throws(ValuationError) {
    var known: [Known] = []
    var gates: [Gate] = []
    for (program, definition) in scenario.programs.enumerated() {
      for (phase, step) in definition.phases.enumerated() {
        guard let gate = step.gate else { continue }
        var knowing: [Int] = []
        for (index, name) in gate.knowing.enumerated() {
          if let existing = known.firstIndex(where: { $0.name == name }) {
            knowing.append(existing)
            continue
          }
          let path = "programs.\(definition.id).phases[\(phase)].gate.knowing[\(index)]"
          let input = try builder.input(Quantity(.variable(name)), path)
          let (values, probabilities) = try Self.outcomes(of: name, in: scenario, path: path)
          knowing.append(known.count)
          known.append(
            Known(name: name, slot: input.slot, values: values, probabilities: probabilities))
        }
        gates.append(Gate(program: program, phase: phase, knowing: knowing))
      }
    }
    var cases = known.reduce(1) { $0 * $1.values.count }
    for variable in scenario.variables where !known.contains(where: { $0.name == variable.name }) {
      guard case .distribution(let spec) = variable.value.source, spec.isDiscrete,
        let (values, probabilities) = try? Self.outcomes(
          of: variable.name, in: scenario, path: "variables.\(variable.name)"),
        cases * values.count <= Self.maximumCases
      else { continue }
      let input = try builder.input(
        Quantity(.variable(variable.name)), "variables.\(variable.name)")
      cases *= values.count
      known.append(
        Known(name: variable.name, slot: input.slot, values: values, probabilities: probabilities))
    }
    self.gates = gates
    self.known = known
  }

  /// The most joint values enumerated (the validator's limit on what gates
  /// know).
  static let maximumCases = 4096

  /// The cases to weigh with the inputs of `row`, and their probabilities:
  /// a variable `row` holds away from its base value (a tornado's swing)
  /// keeps that value; the others take each of theirs.
  func cases(holding row: [Double], base: [Double]) -> [(index: Int, probability: Double)] {
    let held = known.indices.filter { row[known[$0].slot] != base[known[$0].slot] }
    guard !held.isEmpty else {
      return (0..<caseCount).map { ($0, probability(of: $0)) }
    }
    let wanted = caseIndex(of: row)
    let fixed = digits(of: wanted)
    return (0..<caseCount).compactMap { index in
      let digits = digits(of: index)
      guard held.allSatisfy({ digits[$0] == fixed[$0] }) else { return nil }
      let weight = known.indices.reduce(1.0) { product, k in
        held.contains(k) ? product : product * known[k].probabilities[digits[k]]
      }
      return (index, weight)
    }
  }

  /// The values of variable `name` (through its aliases) and their
  /// probabilities.
  private static func outcomes(of name: String, in scenario: Scenario, path: String)
    throws(ValuationError) -> ([Double], [Double])
  {
    var current = name
    var seen: Set<String> = []
    while let variable = scenario.variables.first(where: { $0.name == current }),
      seen.insert(current).inserted
    {
      switch variable.value.source {
      case .variable(let next): current = next
      case .fixed(let value): return ([value], [1])
      case .distribution(let spec):
        switch spec.family {
        case .bernoulli(let p): return ([0, 1], [1 - p, p])
        case .discrete(let values, let weights):
          guard let discrete = try? Discrete(values: values, weights: weights) else { break }
          return (discrete.values, discrete.probabilities)
        default: break
        }
        throw .invalidDistribution(
          field: path, "a gate knows only discrete variables, and $\(name) is a \(spec.name)")
      }
    }
    throw .undefinedVariable(name)
  }

  /// The index of each known variable's value in case `index`, the first
  /// variable the least significant digit.
  func digits(of index: Int) -> [Int] {
    var rest = index
    return known.map { variable in
      defer { rest /= variable.values.count }
      return rest % variable.values.count
    }
  }

  /// The probability of case `index`.
  func probability(of index: Int) -> Double {
    zip(known, digits(of: index)).reduce(1) { $0 * $1.0.probabilities[$1.1] }
  }

  /// `row` with the known variables at their values in case `index`.
  func row(_ row: [Double], case index: Int) -> [Double] {
    var row = row
    for (variable, digit) in zip(known, digits(of: index)) {
      row[variable.slot] = variable.values[digit]
    }
    return row
  }

  /// The case of a path whose inputs are `row`: each known variable's
  /// value (the nearest, should a draw not be exactly one).
  func caseIndex(of row: [Double]) -> Int {
    var index = 0
    for variable in known.reversed() {
      let value = row[variable.slot]
      var nearest = 0
      for (digit, candidate) in variable.values.enumerated()
      where abs(candidate - value) < abs(variable.values[nearest] - value) {
        nearest = digit
      }
      index = index * variable.values.count + nearest
    }
    return index
  }

  /// Whether cases `a` and `b` look alike to `gate`: the variables it
  /// knows have the same values in both.
  func areAlike(_ a: Int, _ b: Int, at gate: Gate) -> Bool {
    let (first, second) = (digits(of: a), digits(of: b))
    return gate.knowing.allSatisfy { first[$0] == second[$0] }
  }
}
