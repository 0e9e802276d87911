import RunwayModel
import Yams

extension ScenarioDecoder {
  func readPrograms(_ node: Node, path: String, risks: [SharedRisk]) -> [Program] {
    let entries = componentEntries(node, path: path)
    declaredPrograms = entries.map(\.name)
    let programs = entries.compactMap { id, value, _ in
      readProgram(id: id, value, path: "\(path).\(id)")
    }
    checkPhaseLinks(programs, risks: risks)
    return programs
  }

  /// The risks several programmes share.
  func readRisks(_ node: Node, path: String) -> [SharedRisk] {
    namedEntries(node, path: path).compactMap { id, value, _ in
      declaredRisks.append(id)
      guard
        let reader = MappingReader(
          value, path: "\(path).\(id)", shape: ScenarioFormat.risk, log: log),
        let name = text("name", in: reader),
        let probability = quantity("successProbability", in: reader, kind: .probability)
      else { return nil }
      return SharedRisk(
        id: id, name: name, successProbability: probability,
        source: reader.has("source") ? text("source", in: reader) : nil)
    }
  }

  /// Checks that each linked phase points to another programme's phase,
  /// that no chain of links returns to where it started, and that the
  /// linked phases stay few enough for the analytic rNPV to enumerate
  /// their outcomes.
  private func checkPhaseLinks(_ programs: [Program], risks: [SharedRisk]) {
    var targets: [String: String] = [:]
    for program in programs {
      for phase in program.phases {
        guard let link = phase.link, let place = linkPlaces["\(program.id)/\(phase.name)"]
        else { continue }
        switch link.target {
        case .risk(let risk):
          guard risks.contains(where: { $0.id == risk }) else {
            if !declaredRisks.contains(risk) {
              checkReference(
                risk, among: declaredRisks, what: "risk", mark: place.mark,
                path: "\(place.path).risk")
            }
            continue
          }
        case .phase(let target, _) where target == program.id:
          log.error(
            at: place.mark, place.path,
            "points to a phase of its own programme; a programme's phases already follow each other"
          )
          continue
        case .phase(let target, let targetPhase):
          guard let linked = programs.first(where: { $0.id == target }) else {
            if declaredPrograms.contains(target) { continue }
            checkReference(
              target, among: programs.map(\.id), what: "program", mark: place.mark,
              path: "\(place.path).program")
            continue
          }
          guard linked.phases.contains(where: { $0.name == targetPhase }) else {
            checkReference(
              targetPhase, among: linked.phases.map(\.name), what: "a phase of \(linked.id),",
              mark: place.mark, path: "\(place.path).phase")
            continue
          }
        }
        targets["\(program.id)/\(phase.name)"] = link.target.description
      }
    }
    for start in targets.keys.sorted() {
      var chain = [start]
      var current = start
      while let next = targets[current] {
        if chain.contains(next) {
          let place = linkPlaces[start]
          log.error(
            at: place?.mark, place?.path ?? "",
            "is part of a cycle of linked phases: \((chain + [next]).joined(separator: " → "))")
          break
        }
        chain.append(next)
        current = next
      }
    }
    let linked = Set(targets.keys).union(targets.values)
    if linked.count > Limits.maximumLinkedPhases, let first = targets.keys.sorted().first {
      let place = linkPlaces[first]
      log.error(
        at: place?.mark, place?.path ?? "",
        "is one of \(linked.count) linked phases; the analytic rNPV enumerates their outcomes, so at most \(Limits.maximumLinkedPhases) may be linked"
      )
    }
  }

  private func readProgram(id: String, _ node: Node, path: String) -> Program? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.program, log: log)
    else { return nil }
    let name = text("name", in: reader)
    let items = list(reader["phases"], reader.path("phases"))
    if reader.has("phases") && items.isEmpty {
      log.error(at: reader["phases"]?.mark, reader.path("phases"), "needs at least one phase")
    }
    var phases: [Phase] = []
    var previousEnd: Day?
    var names: Set<String> = []
    for (index, (item, field)) in items.enumerated() {
      guard let phase = readPhase(item, path: field, isFirst: index == 0, previousEnd: previousEnd)
      else {
        previousEnd = nil
        continue
      }
      if !names.insert(phase.name).inserted {
        log.error(at: item.mark, "\(field).name", "'\(phase.name)' names two phases of \(id)")
      }
      phases.append(phase)
      previousEnd = phase.baseEnd(after: previousEnd)
      if phase.link != nil,
        let key = ["sameOutcomeAs", "dependsOn"].first(where: {
          item.mapping?[$0] != nil
        })
      {
        linkPlaces["\(id)/\(phase.name)"] = (item.mapping?[key]?.mark, "\(field).\(key)")
      }
    }
    let market = reader["market"].flatMap { readMarket($0, path: reader.path("market")) }
    guard let name, phases.count == items.count, !phases.isEmpty else { return nil }
    var program = Program(id: id, name: name, phases: phases, market: market)
    program.owner = reader.has("owner") ? text("owner", in: reader) : nil
    return program
  }

  private func readPhase(_ node: Node, path: String, isFirst: Bool, previousEnd: Day?) -> Phase? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.phase, log: log)
    else { return nil }
    let name = text("name", in: reader)
    let start = date("start", in: reader)
    var lag =
      quantity("lag", in: reader, kind: .number, default: 0)
    if let years = lag?.fixedValue, abs(years) > Double(Limits.maximumHorizonYears) {
      log.error(
        at: reader["lag"]?.mark, reader.path("lag"),
        "is \(years.plain) years; a lag lies within ±\(Limits.maximumHorizonYears) years")
      lag = nil
    }
    if isFirst {
      if start == nil && !reader.has("start") {
        log.error(at: node.mark, reader.path("start"), "is required on a program's first phase")
      }
      if reader.has("lag") {
        log.error(
          at: reader["lag"]?.mark, reader.path("lag"),
          "has no previous phase to follow; give the first phase a start date")
      }
    } else if let start {
      if reader.has("lag") {
        log.error(
          at: reader["start"]?.mark, reader.path("start"), "and lag both place the phase; keep one")
      } else if let previousEnd, abs(previousEnd.days(to: start)) > 1 {
        let relation =
          start < previousEnd
          ? "overlaps the previous phase, which ends"
          : "leaves a gap after the previous phase, which ends"
        let years = Double(previousEnd.days(to: start)) / 365
        log.error(
          at: reader["start"]?.mark, reader.path("start"),
          "is \(start) and \(relation) \(previousEnd); declare it with lag: \((years * 100).rounded() / 100) (years) instead of a start date"
        )
      } else if previousEnd == nil {
        log.error(
          at: reader["start"]?.mark, reader.path("start"),
          "cannot be checked against the previous phase's uncertain end; place the phase with lag instead"
        )
      }
    }
    let duration = quantity("duration", in: reader, kind: .years)
    let curve = readCostCurve(reader["costCurve"], reader.path("costCurve"))
    var cost = quantity("cost", in: reader, kind: .amount)
    if case .perPatient = curve {
      if reader.has("cost") {
        log.error(
          at: reader["cost"]?.mark, reader.path("cost"),
          "is given by patients × costPerPatient for a per-patient curve; remove it")
      }
      cost = .fixed(0)
    } else if !reader.has("cost") {
      log.error(at: node.mark, reader.path("cost"), "is required (total cost of the phase)")
    }
    var link: PhaseLink?
    var probability: Quantity?
    for (key, kind) in [("sameOutcomeAs", PhaseLink.Kind.sameOutcome), ("dependsOn", .dependsOn)]
    where reader.has(key) {
      guard link == nil else {
        log.error(
          at: reader[key]?.mark, reader.path(key),
          "and sameOutcomeAs both tie the phase; keep one")
        continue
      }
      let shape = kind == .sameOutcome ? ScenarioFormat.phaseReference : ScenarioFormat.dependency
      guard let node = reader[key],
        let linked = MappingReader(node, path: reader.path(key), shape: shape, log: log),
        let target = readLinkTarget(linked)
      else { continue }
      link = PhaseLink(kind: kind, target: target)
      probability =
        kind == .dependsOn
        ? quantity("successProbability", in: linked, kind: .probability) : .fixed(1)
    }
    if link != nil, reader.has("successProbability") {
      log.error(
        at: reader["successProbability"]?.mark, reader.path("successProbability"),
        "is given by the linked phase (or by dependsOn's successProbability); remove it")
    } else if link == nil {
      if !reader.has("successProbability") {
        log.error(
          at: node.mark, reader.path("successProbability"),
          "is required (probability of success at the phase's end)")
      }
      probability = quantity("successProbability", in: reader, kind: .probability)
    }
    let gate = reader["gate"].flatMap { readGate($0, path: reader.path("gate")) }
    guard let name, let lag, let duration, let cost, let curve, let probability else { return nil }
    var phase = Phase(
      name: name, start: start, lag: lag, duration: duration, cost: cost, costCurve: curve,
      successProbability: probability)
    phase.gate = gate
    phase.link = link
    return phase
  }

  /// A link's target: a programme's phase or a shared risk, never both.
  private func readLinkTarget(_ reader: MappingReader) -> PhaseLink.Target? {
    if reader.has("risk") {
      if reader.has("program") || reader.has("phase") {
        log.error(
          at: reader["risk"]?.mark, reader.path("risk"),
          "and program/phase both name the target; keep one")
        return nil
      }
      return text("risk", in: reader).map { .risk($0) }
    }
    for key in ["program", "phase"] where !reader.has(key) {
      log.error(
        at: reader.node.mark, reader.path(key),
        "is required (or name a shared risk with risk:)")
    }
    guard let program = text("program", in: reader), let phase = text("phase", in: reader)
    else { return nil }
    return .phase(program: program, phase: phase)
  }

  /// A gate and the variables it knows, their uses checked once every
  /// variable is read.
  private func readGate(_ node: Node, path: String) -> Gate? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.gate, log: log)
    else { return nil }
    let items = list(reader["knowing"], reader.path("knowing"))
    var knowing: [String] = []
    for (item, field) in items {
      guard let word = text(item, field) else { continue }
      let name = word.hasPrefix("$") ? String(word.dropFirst()) : word
      gateKnowledge.append((name, item.mark, field))
      knowing.append(name)
    }
    return Gate(knowing: knowing)
  }

  /// A cost curve: a word (`s-curve`) or a mapping with a `shape`.
  private func readCostCurve(_ node: Node?, _ path: String) -> CostCurve? {
    guard let node else { return .uniform }
    if let word = node.scalar?.string {
      guard let curve = Self.simpleCostCurve(word, steepness: Self.defaultSteepness) else {
        reportUnknown(
          word, options: ScenarioFormat.phase.field("costCurve")?.value.options ?? [],
          mark: node.mark, path: path, alternative: "a mapping with shape")
        return nil
      }
      return curve
    }
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.costCurve, log: log),
      let shape = word("shape", in: reader)
    else { return nil }
    switch shape {
    case "weights":
      let weights = list(reader["weights"], reader.path("weights")).compactMap {
        number($0.0, $0.1, kind: .count)
      }
      guard !weights.isEmpty, weights.contains(where: { $0 > 0 }) else {
        log.error(at: node.mark, reader.path("weights"), "needs at least one positive weight")
        return nil
      }
      return .weights(weights)
    case "per-patient":
      let patients = quantity("patients", in: reader, kind: .count)
      let costPerPatient = quantity("costPerPatient", in: reader, kind: .amount)
      let recruitment = quantity("recruitment", in: reader, kind: .years)
      let followUp = quantity("followUp", in: reader, kind: .years, default: 0)
      for key in ["patients", "costPerPatient", "recruitment"] where !reader.has(key) {
        log.error(at: node.mark, reader.path(key), "is required by a per-patient curve")
      }
      guard let patients, let costPerPatient, let recruitment, let followUp else { return nil }
      return .perPatient(
        patients: patients, costPerPatient: costPerPatient, recruitmentYears: recruitment,
        followUpYears: followUp)
    default:
      let steepness =
        reader.has("steepness")
        ? number("steepness", in: reader, kind: .number) : Self.defaultSteepness
      guard let steepness else { return nil }
      guard steepness > 0 else {
        log.error(at: reader["steepness"]?.mark, reader.path("steepness"), "must be positive")
        return nil
      }
      return Self.simpleCostCurve(shape, steepness: steepness)
    }
  }

  /// The S-curve's steepness when none is given.
  private static let defaultSteepness = 6.0

  /// The curves named by one word.
  private static func simpleCostCurve(_ word: String, steepness: Double) -> CostCurve? {
    switch word {
    case "uniform": .uniform
    case "front-loaded": .frontLoaded
    case "back-loaded": .backLoaded
    case "s-curve": .sCurve(steepness: steepness)
    case "lump-start": .lumpAtStart
    case "lump-end": .lumpAtEnd
    default: nil
    }
  }

  private func readMarket(_ node: Node, path: String) -> Market? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.market, log: log)
    else { return nil }
    let launchLag =
      quantity("launchLag", in: reader, kind: .years, default: 1)
    var forecast: [Quantity]?
    if reader.has("forecast") {
      let items = list(reader["forecast"], reader.path("forecast"))
      let years = items.compactMap { quantity($0.0, $0.1, kind: .amount) }
      if items.isEmpty {
        log.error(at: reader["forecast"]?.mark, reader.path("forecast"), "needs at least one year")
      }
      for key in ["peakSales", "yearsToPeak", "ramp"] where reader.has(key) {
        log.error(
          at: reader[key]?.mark, reader.path(key),
          "and forecast both give the sales; keep one (forecast: each year's sales after launch)")
      }
      forecast = years.count == items.count && !items.isEmpty ? years : nil
    } else {
      for key in ["peakSales", "yearsToPeak"] where !reader.has(key) {
        log.error(
          at: node.mark, reader.path(key), "is required (or give forecast: each year's sales)")
      }
    }
    let peakSales =
      reader.has("forecast") ? .fixed(0) : quantity("peakSales", in: reader, kind: .amount)
    let yearsToPeak =
      reader.has("forecast") ? .fixed(0) : quantity("yearsToPeak", in: reader, kind: .years)
    let ramp =
      choice("ramp", in: reader, as: Market.Ramp.self, default: .sCurve)
    let lossOfExclusivity = date("lossOfExclusivity", in: reader)
    let erosion =
      quantity("erosion", in: reader, kind: .share, default: 0)
    let cogs =
      quantity("cogs", in: reader, kind: .share, default: 0)
    let operatingCosts =
      quantity("operatingCosts", in: reader, kind: .share, default: 0)
    var territories: [String: Double] = [:]
    if let node = reader["territories"] {
      for (code, value, _) in namedEntries(node, path: reader.path("territories")) {
        if let share = number(value, "\(reader.path("territories")).\(code)", kind: .share) {
          territories[code] = share
        }
      }
      let total = territories.values.reduce(0, +)
      if !territories.isEmpty, abs(total - 1) > 1e-6 {
        log.error(
          at: node.mark, reader.path("territories"),
          "shares add up to \((total * 1_000).rounded() / 10)%; they must add up to 100%")
      }
    } else {
      territories = ["WORLD": 1]
    }
    guard let launchLag, let peakSales, let yearsToPeak, let ramp, let erosion, let cogs,
      let operatingCosts, !reader.has("forecast") || forecast != nil
    else { return nil }
    var market = Market(
      launchLag: launchLag, peakSales: peakSales, yearsToPeak: yearsToPeak, ramp: ramp,
      lossOfExclusivity: lossOfExclusivity, erosion: erosion, cogs: cogs,
      operatingCosts: operatingCosts, territories: territories)
    market.forecast = forecast
    return market
  }
}

extension Phase {
  /// The end of the phase when every duration is fixed, else `nil`.
  func baseEnd(after previousEnd: Day?) -> Day? {
    guard let duration = duration.fixedValue, let lag = lag.fixedValue,
      let begin = start ?? previousEnd.map({ $0.adding(days: Int((lag * 365).rounded())) })
    else { return nil }
    return begin.adding(days: Int((duration * 365).rounded()))
  }
}
