import RunwayModel
import RunwayNumerics

/// Collects what compiling a scenario's components needs: the input plan,
/// the discount channels, the programs by id, and the clawback streams.
struct ModelBuilder {
  var plan: InputPlan
  let timeline: Timeline
  let seed: UInt64
  let programIndex: [String: Int]
  let programs: [ProgramModel]
  /// The component indices of each program's out-licences, whose flows
  /// are its licence income.
  var outLicences: [String: [Int]] = [:]
  /// The rate of each discount channel; channel 0 is the scenario's.
  private(set) var rates: [Input] = []
  /// Where each channel's rate is stated: the field's path, or the
  /// variable's (`variables.wacc`) when the field names one.
  private(set) var ratePaths: [String] = []
  /// The field, stream and probability input of each clawback.
  private(set) var clawbacks: [(field: String, stream: RandomStream, probability: Input)] = []

  init(
    plan: InputPlan, timeline: Timeline, seed: UInt64, programs: [ProgramModel],
    scenarioRate: Input, scenarioRatePath: String
  ) {
    self.plan = plan
    self.timeline = timeline
    self.seed = seed
    self.programs = programs
    programIndex = Dictionary(
      programs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    rates = [scenarioRate]
    ratePaths = [scenarioRatePath]
  }

  /// Where `quantity`, written in the field at `path`, is stated.
  static func statedPath(of quantity: Quantity, in path: String) -> String {
    if case .variable(let name) = quantity.source { return "variables.\(name)" }
    return path
  }

  mutating func input(_ quantity: Quantity, _ path: String, stream: String? = nil)
    throws(ValuationError) -> Input
  {
    try plan.input(quantity, path: path, stream: stream)
  }

  /// The slot of an optional field's quantity.
  mutating func optionalInput(_ quantity: Quantity?, _ path: String) throws(ValuationError)
    -> Input?
  {
    guard let quantity else { return nil }
    return try input(quantity, path)
  }

  /// The channel of an own discount rate, or the scenario's (channel 0).
  mutating func channel(_ rate: Quantity?, _ path: String, fallback: Int = 0) throws(ValuationError)
    -> Int
  {
    guard let rate else { return fallback }
    let input = try plan.input(rate, path: path)
    if let existing = rates.firstIndex(of: input) { return existing }
    rates.append(input)
    ratePaths.append(Self.statedPath(of: rate, in: path))
    return rates.count - 1
  }

  /// The index of program `id`, referenced from `field`.
  func program(_ id: String, _ field: String) throws(ValuationError) -> Int {
    guard let index = programIndex[id] else { throw .undefinedProgram(field: field, id) }
    return index
  }

  /// Indices of the named phases of program `program` (`nil`: all).
  func phases(_ names: [String]?, of program: Int, _ field: String) throws(ValuationError)
    -> [Int]?
  {
    guard let names else { return nil }
    var indices: [Int] = []
    for name in names { indices.append(try phase(name, of: program, field)) }
    return indices
  }

  /// The index of phase `name` of program `program`.
  func phase(_ name: String, of program: Int, _ field: String) throws(ValuationError) -> Int {
    let model = programs[program]
    guard let index = model.phases.firstIndex(where: { $0.name == name }) else {
      throw .undefinedPhase(field: field, program: model.id, name)
    }
    return index
  }

  /// A program event, compiled.
  mutating func event(_ event: ProgramEvent, program: Int, _ field: String) throws(ValuationError)
    -> EventModel
  {
    switch event {
    case .phaseStart(let name):
      return .phaseStart(program: program, phase: try phase(name, of: program, field))
    case .phaseSuccess(let name):
      return .phaseSuccess(program: program, phase: try phase(name, of: program, field))
    case .phaseFailure(let name):
      return .phaseFailure(program: program, phase: try phase(name, of: program, field))
    case .approval: return .approval(program: program)
    case .firstSale: return .firstSale(program: program)
    case .filing: return .filing(program: program, days: 0)
    case .acceptance: return .filing(program: program, days: 60)
    case .cumulativeSalesThreshold(let threshold):
      return .cumulativeSalesThreshold(
        program: program, threshold: try input(threshold, "\(field).threshold"))
    case .salesThreshold(let threshold):
      return .salesThreshold(
        program: program, threshold: try input(threshold, "\(field).threshold"))
    }
  }

  /// A flow's condition, compiled.
  mutating func condition(_ condition: FlowCondition, _ field: String) throws(ValuationError)
    -> ConditionModel
  {
    var events: [(EventModel, Double?)] = []
    for (index, event) in condition.events.enumerated() {
      let path: String =
        switch condition {
        case .event: field
        case .all: "\(field).all[\(index)]"
        case .any: "\(field).any[\(index)]"
        }
      let program = try self.program(event.program, "\(path).program")
      events.append(
        (try self.event(event.event, program: program, path), event.by.map(timeline.time(of:))))
    }
    if case .any = condition { return ConditionModel(needsAll: false, events: events) }
    return ConditionModel(needsAll: true, events: events)
  }

  /// A clawback, compiled with its own stream.
  mutating func clawback(_ clawback: Clawback?, _ field: String) throws(ValuationError)
    -> ClawbackModel?
  {
    guard let clawback else { return nil }
    let probability = try input(clawback.probability, "\(field).probability")
    clawbacks.append((field, RandomStream(seed: seed, name: field), probability))
    return ClawbackModel(
      index: clawbacks.count - 1, share: try input(clawback.share, "\(field).share"),
      delayYears: try input(clawback.delayYears, "\(field).delay"))
  }

  /// A disbursement, compiled; a share of costs counts only those in the
  /// `research` window, if any.
  mutating func disbursement(
    _ disbursement: Disbursement, _ field: String, research: DateRange? = nil
  ) throws(ValuationError) -> DisbursementModel {
    switch disbursement {
    case .schedule(let amounts):
      var payments: [(Double, Input, ConditionModel?)] = []
      for (index, amount) in amounts.enumerated() {
        let path = "\(field).schedule[\(index)]"
        payments.append(
          (
            timeline.time(of: amount.date), try input(amount.amount, path),
            try amount.when.map { condition throws(ValuationError) in
              try self.condition(condition, "\(path).when")
            }
          ))
      }
      return .schedule(payments)
    case .shareOfCosts(let program, let phases, let share, let ceiling, let lag):
      let index = try self.program(program, "\(field).program")
      return .shareOfCosts(
        CostShare(
          program: index, phases: try self.phases(phases, of: index, "\(field).phases"),
          shares: [try input(share, "\(field).share")],
          ceiling: try optionalInput(ceiling, "\(field).ceiling"),
          lagYears: try input(lag, "\(field).lag"),
          window: research.map {
            (($0.from.map(timeline.time(of:)) ?? -.infinity), timeline.time(of: $0.to) + 1)
          }))
    }
  }
}
