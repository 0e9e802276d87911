import RunwayModel
import RunwayNumerics

/// Every numeric input of a scenario as a slot of a path's input row: its
/// value when fixed, or its distribution and random stream when uncertain.
///
/// A named variable has one slot however many fields use it, so that all of
/// them move together on a path; an inline distribution gets a slot and a
/// stream of its own, named by its field's path. The stream's name is the
/// variable's name or the field's path, so that a draw does not depend on
/// which other inputs the scenario has (``RandomStream``).
struct InputPlan: Sendable {
  /// An uncertain slot: its distribution and where its uniforms come from.
  struct Uncertain: Sendable {
    let slot: Int
    let name: String
    let distribution: any Distribution
    let stream: RandomStream
    /// The tabulated quantile of a family whose exact one is slow.
    let table: QuantileTable?
  }

  /// The row of a path before its uncertain slots are drawn: fixed values,
  /// and zero in the uncertain slots.
  private(set) var constants: [Double] = []
  /// Each slot's value with every input at its base (the mean of its
  /// distribution): the deterministic cases of the valuation.
  private(set) var base: [Double] = []
  /// The uncertain slots in the order they were declared.
  private(set) var uncertain: [Uncertain] = []
  /// The name of each slot's quantity, for messages and sensitivity.
  private(set) var names: [String] = []

  private let seed: UInt64
  private let reportingCurrency: String
  private var variables: [String: Variable] = [:]
  private var variableSlots: [String: Input] = [:]
  private var fxSlots: [String: Int] = [:]
  private let fx: [String: Quantity]

  init(scenario: Scenario, seed: UInt64) throws(ValuationError) {
    self.seed = seed
    reportingCurrency = scenario.settings.currency
    fx = scenario.settings.fx
    for variable in scenario.variables { variables[variable.name] = variable }
    // Variables first, in file order, so that their slots do not depend on
    // which fields use them.
    for variable in scenario.variables { _ = try self.variable(variable.name) }
  }

  /// The slot of the quantity in the field at `path`.
  mutating func input(_ quantity: Quantity, path: String) throws(ValuationError) -> Input {
    switch quantity.source {
    case .fixed(let value):
      return Input(
        slot: addSlot(name: path, constant: value), fxSlot: try fxSlot(quantity.currency))
    case .distribution(let spec):
      let slot = try addUncertain(name: path, spec: spec)
      return Input(slot: slot, fxSlot: try fxSlot(quantity.currency))
    case .variable(let name):
      let resolved = try variable(name)
      guard let currency = quantity.currency, resolved.fxSlot == nil else { return resolved }
      return Input(slot: resolved.slot, fxSlot: try fxSlot(currency))
    }
  }

  /// The slot of a number that is fixed by the model's structure.
  mutating func constant(_ value: Double, name: String) -> Input {
    Input(slot: addSlot(name: name, constant: value), fxSlot: nil)
  }

  /// The slot of the named variable (following `$alias` chains).
  mutating func variable(_ name: String) throws(ValuationError) -> Input {
    if let input = variableSlots[name] { return input }
    guard let variable = variables[name] else { throw .undefinedVariable(name) }
    variables[name] = nil  // guards against a cycle while resolving
    let input: Input
    switch variable.value.source {
    case .fixed(let value):
      input = Input(
        slot: addSlot(name: name, constant: value), fxSlot: try fxSlot(variable.value.currency))
    case .distribution(let spec):
      input = Input(
        slot: try addUncertain(name: name, spec: spec), fxSlot: try fxSlot(variable.value.currency))
    case .variable(let other):
      let aliased = try self.variable(other)
      input =
        if let currency = variable.value.currency, aliased.fxSlot == nil {
          Input(slot: aliased.slot, fxSlot: try fxSlot(currency))
        } else {
          aliased
        }
    }
    variableSlots[name] = input
    return input
  }

  /// The mean of variable `name` (its base value), in the reporting currency.
  func variableMean(_ name: String) -> Double? {
    variableSlots[name].map { $0.value(base) }
  }

  /// The uncertain slot of variable `name`, if it is uncertain.
  func uncertainIndex(ofVariable name: String) -> Int? {
    guard let slot = variableSlots[name]?.slot else { return nil }
    return uncertain.firstIndex { $0.slot == slot }
  }

  private mutating func fxSlot(_ currency: String?) throws(ValuationError) -> Int? {
    guard let currency, currency != reportingCurrency else { return nil }
    if let slot = fxSlots[currency] { return slot }
    guard let rate = fx[currency] else { throw .missingFXRate(currency) }
    let input = try self.input(rate, path: "scenario.fx.\(currency)")
    fxSlots[currency] = input.slot
    return input.slot
  }

  private mutating func addSlot(name: String, constant: Double) -> Int {
    constants.append(constant)
    base.append(constant)
    names.append(name)
    return constants.count - 1
  }

  private mutating func addUncertain(name: String, spec: DistributionSpec) throws(ValuationError)
    -> Int
  {
    let distribution: any Distribution
    do {
      distribution = try spec.distribution()
    } catch {
      throw .invalidDistribution(field: name, error.message)
    }
    if case .fixed(let value) = spec.family { return addSlot(name: name, constant: value) }
    let slot = addSlot(name: name, constant: 0)
    base[slot] = distribution.mean
    uncertain.append(
      Uncertain(
        slot: slot, name: name, distribution: distribution,
        stream: RandomStream(seed: seed, name: name),
        table: spec.hasSlowQuantile ? QuantileTable(distribution) : nil))
    return slot
  }
}
