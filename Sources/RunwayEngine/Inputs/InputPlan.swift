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
    /// The path `--set` takes: `variables.NAME`, or the field's path.
    let path: String
    let unit: QuantityUnit?
    let distribution: any Distribution
    let stream: RandomStream
  }

  /// The row of a path before its uncertain slots are drawn: fixed values,
  /// and zero in the uncertain slots.
  private(set) var constants: [Double] = []
  /// Each slot's value with every input at its base (the mean of its
  /// distribution): the deterministic cases of the valuation.
  private(set) var base: [Double] = []
  /// The uncertain slots in the order they were declared.
  private(set) var uncertain: [Uncertain] = []

  private let seed: UInt64
  private let reportingCurrency: String
  private var variables: [String: Variable] = [:]
  private var variableSlots: [String: Input] = [:]
  private var fxSlots: [String: Int] = [:]
  /// The currencies whose rate is being resolved, to refuse a cycle.
  private var resolvingFX: Set<String> = []
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

  /// An uncertain input written in a field rather than as a variable: its
  /// field's path, its distribution and its slot.
  struct InlineDistribution: Sendable {
    let path: String
    let spec: DistributionSpec
    let currency: String?
    let unit: QuantityUnit?
    let input: Input
  }

  /// The inline distributions, in the order the fields were read.
  private(set) var inline: [InlineDistribution] = []

  /// A number written in a field: its path, value and what it measures.
  struct FixedField: Sendable {
    let path: String
    let value: Double
    let currency: String?
    let unit: QuantityUnit?
  }

  /// The fixed numbers written in fields, in the order they were read:
  /// the point assumptions (probabilities, rates, terms) a reader checks
  /// beside the distributions.
  private(set) var fixed: [FixedField] = []

  /// The slot of the quantity in the field at `path`, drawn from the
  /// stream named `stream` (by default the path).
  mutating func input(_ quantity: Quantity, path: String, stream: String? = nil)
    throws(ValuationError) -> Input
  {
    let input = try slot(quantity, path: path, stream: stream)
    switch quantity.source {
    case .distribution(let spec):
      inline.append(
        InlineDistribution(
          path: path, spec: spec, currency: quantity.currency, unit: quantity.unit, input: input))
    case .fixed(let value):
      fixed.append(
        FixedField(path: path, value: value, currency: quantity.currency, unit: quantity.unit))
    case .variable: break
    }
    return input
  }

  /// The slot of a field's quantity, or of a variable's definition.
  ///
  /// A variable's stream is named `stream` (its name), an inline
  /// distribution's by its path.
  private mutating func slot(_ quantity: Quantity, path: String, stream: String? = nil)
    throws(ValuationError) -> Input
  {
    switch quantity.source {
    case .fixed(let value):
      return Input(slot: addSlot(constant: value), fxSlot: try fxSlot(quantity.currency))
    case .distribution(let spec):
      let slot = try addUncertain(
        name: stream ?? path, path: path, unit: quantity.unit, spec: spec)
      return Input(slot: slot, fxSlot: try fxSlot(quantity.currency))
    case .variable(let name):
      let resolved = try variable(name)
      guard let currency = quantity.currency, resolved.fxSlot == nil else { return resolved }
      return Input(slot: resolved.slot, fxSlot: try fxSlot(currency))
    }
  }

  /// The slot of the named variable (following `$alias` chains).
  mutating func variable(_ name: String) throws(ValuationError) -> Input {
    if let input = variableSlots[name] { return input }
    guard let variable = variables[name] else { throw .undefinedVariable(name) }
    variables[name] = nil  // guards against a cycle while resolving
    let input = try slot(variable.value, path: "variables.\(name)", stream: name)
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
    // A rate written in a currency is converted by that currency's rate;
    // a chain that returns to a currency being resolved never ends.
    guard resolvingFX.insert(currency).inserted else { throw .fxCycle(currency) }
    defer { resolvingFX.remove(currency) }
    let input = try self.input(rate, path: "scenario.fx.\(currency)")
    fxSlots[currency] = input.slot
    return input.slot
  }

  private mutating func addSlot(constant: Double) -> Int {
    constants.append(constant)
    base.append(constant)
    return constants.count - 1
  }

  private mutating func addUncertain(
    name: String, path: String, unit: QuantityUnit?, spec: DistributionSpec
  ) throws(ValuationError) -> Int {
    let distribution: any Distribution
    do {
      distribution = try spec.distribution()
    } catch {
      throw .invalidDistribution(field: name, error.message)
    }
    if case .fixed(let value) = spec.family { return addSlot(constant: value) }
    let slot = addSlot(constant: 0)
    base[slot] = distribution.mean
    uncertain.append(
      Uncertain(
        slot: slot, path: path, unit: unit, distribution: distribution,
        stream: RandomStream(seed: seed, name: name)))
    return slot
  }
}
