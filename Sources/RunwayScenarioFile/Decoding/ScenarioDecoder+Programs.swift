import RunwayModel
import Yams

extension ScenarioDecoder {
  func readPrograms(_ node: Node, path: String) -> [Program] {
    let entries = namedEntries(node, path: path)
    declaredPrograms = entries.map(\.name)
    return entries.compactMap { id, value, _ in
      readProgram(id: id, value, path: "\(path).\(id)")
    }
  }

  private func readProgram(id: String, _ node: Node, path: String) -> Program? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.program, log: log)
    else { return nil }
    let name = text(reader["name"], reader.path("name"))
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
    }
    let market = reader["market"].flatMap { readMarket($0, path: reader.path("market")) }
    guard let name, phases.count == items.count, !phases.isEmpty else { return nil }
    return Program(id: id, name: name, phases: phases, market: market)
  }

  private func readPhase(_ node: Node, path: String, isFirst: Bool, previousEnd: Day?) -> Phase? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.phase, log: log)
    else { return nil }
    let name = text(reader["name"], reader.path("name"))
    let start = date(reader["start"], reader.path("start"))
    var lag =
      reader.has("lag") ? quantity(reader["lag"], reader.path("lag"), kind: .number) : .fixed(0)
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
    let duration = quantity(reader["duration"], reader.path("duration"), kind: .years)
    let curve = readCostCurve(reader["costCurve"], reader.path("costCurve"))
    var cost = quantity(reader["cost"], reader.path("cost"), kind: .amount)
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
    let probability = quantity(
      reader["successProbability"], reader.path("successProbability"), kind: .probability)
    guard let name, let lag, let duration, let cost, let curve, let probability else { return nil }
    return Phase(
      name: name, start: start, lag: lag, duration: duration, cost: cost, costCurve: curve,
      successProbability: probability)
  }

  private func readCostCurve(_ node: Node?, _ path: String) -> CostCurve? {
    guard let node else { return .uniform }
    if let word = node.scalar?.string {
      switch word {
      case "uniform": return .uniform
      case "front-loaded": return .frontLoaded
      case "back-loaded": return .backLoaded
      case "s-curve": return .sCurve(steepness: 6)
      default:
        let options = ["uniform", "front-loaded", "back-loaded", "s-curve"]
        log.error(
          at: node.mark, path,
          "is '\(word)'\(Suggestion.hint(for: word, among: options)); expected one of \(options.joined(separator: ", ")), or a mapping with shape"
        )
        return nil
      }
    }
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.costCurve, log: log),
      let shape = text(reader["shape"], reader.path("shape"))
    else { return nil }
    switch shape {
    case "uniform": return .uniform
    case "front-loaded": return .frontLoaded
    case "back-loaded": return .backLoaded
    case "s-curve":
      let steepness =
        reader.has("steepness")
        ? number(reader["steepness"], reader.path("steepness"), kind: .number) : 6
      guard let steepness else { return nil }
      guard steepness > 0 else {
        log.error(at: reader["steepness"]?.mark, reader.path("steepness"), "must be positive")
        return nil
      }
      return .sCurve(steepness: steepness)
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
      let patients = quantity(reader["patients"], reader.path("patients"), kind: .count)
      let costPerPatient = quantity(
        reader["costPerPatient"], reader.path("costPerPatient"), kind: .amount)
      let recruitment = quantity(reader["recruitment"], reader.path("recruitment"), kind: .years)
      let followUp =
        reader.has("followUp")
        ? quantity(reader["followUp"], reader.path("followUp"), kind: .years) : .fixed(0)
      for key in ["patients", "costPerPatient", "recruitment"] where !reader.has(key) {
        log.error(at: node.mark, reader.path(key), "is required by a per-patient curve")
      }
      guard let patients, let costPerPatient, let recruitment, let followUp else { return nil }
      return .perPatient(
        patients: patients, costPerPatient: costPerPatient, recruitmentYears: recruitment,
        followUpYears: followUp)
    default:
      let options = ["uniform", "front-loaded", "back-loaded", "s-curve", "weights", "per-patient"]
      log.error(
        at: reader["shape"]?.mark, reader.path("shape"),
        "is '\(shape)'\(Suggestion.hint(for: shape, among: options)); expected one of \(options.joined(separator: ", "))"
      )
      return nil
    }
  }

  private func readMarket(_ node: Node, path: String) -> Market? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.market, log: log)
    else { return nil }
    let launchLag =
      reader.has("launchLag")
      ? quantity(reader["launchLag"], reader.path("launchLag"), kind: .years) : .fixed(1)
    let peakSales = quantity(reader["peakSales"], reader.path("peakSales"), kind: .amount)
    let yearsToPeak = quantity(reader["yearsToPeak"], reader.path("yearsToPeak"), kind: .years)
    let ramp =
      reader.has("ramp")
      ? choice(reader["ramp"], reader.path("ramp"), as: Market.Ramp.self) : .sCurve
    let lossOfExclusivity = date(reader["lossOfExclusivity"], reader.path("lossOfExclusivity"))
    let erosion =
      reader.has("erosion")
      ? quantity(reader["erosion"], reader.path("erosion"), kind: .share) : .fixed(0)
    let cogs =
      reader.has("cogs") ? quantity(reader["cogs"], reader.path("cogs"), kind: .share) : .fixed(0)
    let operatingCosts =
      reader.has("operatingCosts")
      ? quantity(reader["operatingCosts"], reader.path("operatingCosts"), kind: .share) : .fixed(0)
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
      let operatingCosts
    else { return nil }
    return Market(
      launchLag: launchLag, peakSales: peakSales, yearsToPeak: yearsToPeak, ramp: ramp,
      lossOfExclusivity: lossOfExclusivity, erosion: erosion, cogs: cogs,
      operatingCosts: operatingCosts, territories: territories)
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
