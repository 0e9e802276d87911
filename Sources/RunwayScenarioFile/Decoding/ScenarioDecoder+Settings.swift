import RunwayModel
import Yams

/// Limits that protect the machine: a scenario asking for more is an error,
/// never a crash or a swap storm.
enum Limits {
  static let maximumPaths = 100_000_000
  static let maximumHorizonYears = 100
  /// Per-period statistics of every path (P10/P90 of each period's flow)
  /// keep paths × periods numbers of 8 bytes: at most 4 GiB of them.
  static let maximumPathPeriods = 4 << 30 / 8
  /// The largest amount, in any currency: 10^15, a thousand times the
  /// largest company's market value.
  static let maximumAmount = 1e15
  /// The largest count (patients, units, runs).
  static let maximumCount = 1e9
  /// The largest multiple (an advance's repayment cap).
  static let maximumMultiple = 1e3
  /// Rates (discount, interest): −20 % compounds a flow over the longest
  /// horizon by at most 1.25^100 ≈ 4.9·10^9; no market rate leaves this.
  static let rates = -0.2...10.0
  /// The most phases linked by sameOutcomeAs and dependsOn (as the linking
  /// or the linked one): the analytic rNPV enumerates the 2^n outcomes of
  /// their own draws.
  static let maximumLinkedPhases = 16
  /// The most joint values of the variables that gates know: the analytic
  /// rNPV finds the best decisions for each.
  static let maximumGateCases = 4096
  /// The most joint outcomes of the programmes under a tax (each fails at
  /// one of its phases or is approved) times the periods: the analytic
  /// rNPV taxes each outcome in each period, a few nanoseconds, for every
  /// case the sensitivities value (seven times the flagship's 31,104 × 88).
  static let maximumTaxOutcomePeriods = 20_000_000
  /// The largest shape parameter (beta's alpha and beta, PERT's shape):
  /// beyond it a distribution is a point for any purpose, and its
  /// quantile would take unbounded time.
  static let maximumShape = 1e4
}

extension Limits {
  /// The joint outcomes of `programs` (each fails at one of its phases or
  /// is approved) times the periods of `settings`, capped just past
  /// `cap`: the work of each analytic valuation under a tax.
  static func taxOutcomePeriods(_ programs: [Program], settings: Settings, cap: Int) -> Int {
    let periods = periods(from: settings.valuationDate, to: settings.horizon, grid: settings.grid)
    return programs.reduce(periods) { min($0 * ($1.phases.count + 1), cap + 1) }
  }

  /// The periods of `grid` from `start` to `end`, each partly covered one
  /// counted whole.
  static func periods(from start: Day, to end: Day, grid: PeriodGrid) -> Int {
    let (startYear, startMonth, _) = start.components
    let (endYear, endMonth, _) = end.components
    let months = (endYear - startYear) * 12 + endMonth - startMonth + 1
    return (months + grid.months - 1) / grid.months
  }

  /// Why `paths` cannot be run on a grid from `start` to `end`, or `nil`:
  /// the same rule for `simulation.paths` and for `--paths`.
  static func pathsProblem(_ paths: Int, from start: Day, to end: Day, grid: PeriodGrid)
    -> String?
  {
    guard (1...maximumPaths).contains(paths) else {
      return "is \(paths); paths lie in 1…\(maximumPaths)"
    }
    let periods = periods(from: start, to: end, grid: grid)
    guard paths * periods > maximumPathPeriods else { return nil }
    return "\(paths) paths × \(periods) periods need \((paths * periods * 8) >> 20) MiB for "
      + "per-period statistics; the cap is \((maximumPathPeriods * 8) >> 20) MiB: use fewer paths "
      + "or a coarser grid"
  }
}

extension ScenarioDecoder {
  func readSettings(_ node: Node, path: String) -> Settings? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.settings, log: log)
    else { return nil }
    let id = text("id", in: reader)
    if let id, !Self.isKebabCase(id) {
      log.error(
        at: reader["id"]?.mark, reader.path("id"),
        "is '\(id)'; an id is kebab-case: words of ASCII lower-case letters and digits joined by single dashes, such as walloon-package"
      )
    }
    let name = text("name", in: reader)
    valuationDate = date("valuationDate", in: reader)
    let currency = text("currency", in: reader)
    if let currency, let complaint = Currency.unknownCode(currency) {
      log.error(
        at: reader["currency"]?.mark, reader.path("currency"), "is '\(currency)', \(complaint)")
    }
    reportingCurrency = currency
    let grid =
      choice("grid", in: reader, as: PeriodGrid.self, default: .year)
    // A year or quarter names the whole period: the horizon is its last day.
    let horizon = date(reader["horizon"], reader.path("horizon"), atPeriodEnd: true)
    if let horizon, let valuationDate {
      if horizon <= valuationDate {
        log.error(
          at: reader["horizon"]?.mark, reader.path("horizon"),
          "is \(horizon), not after the valuation date \(valuationDate)")
      } else if valuationDate.days(to: horizon) > Limits.maximumHorizonYears * 366 {
        log.error(
          at: reader["horizon"]?.mark, reader.path("horizon"),
          "is more than \(Limits.maximumHorizonYears) years after the valuation date")
      }
    }
    let discountRate = quantity("discountRate", in: reader, kind: .rate)
    let timing =
      choice("timing", in: reader, as: Timing.self, default: .end)
    var fx: [String: Quantity] = [:]
    if let fxNode = reader["fx"] {
      for (code, value, mark) in namedEntries(fxNode, path: reader.path("fx")) {
        let field = "\(reader.path("fx")).\(code)"
        if let complaint = Currency.unknownCode(code) {
          log.error(at: mark, field, "'\(code)' is \(complaint)")
          continue
        }
        if let rate = quantity(value, field, kind: .number) {
          // A rate in a currency would be converted by another rate, and
          // could lead back to itself.
          if let currency = rate.currency {
            log.error(
              at: value.mark, field,
              "is written in \(currency); an exchange rate is a plain number of \(reportingCurrency ?? "the reporting currency") per \(code)"
            )
          }
          if let fixed = rate.fixedValue, fixed <= 0 {
            log.error(at: value.mark, field, "is \(fixed.plain); an exchange rate is positive")
          }
          fx[code] = rate
        }
      }
    }
    fxCurrencies = Set(fx.keys)
    let simulation =
      reader["simulation"].flatMap { readSimulation($0, path: reader.path("simulation")) }
      ?? SimulationSettings()
    if let grid, let valuationDate, let horizon, horizon > valuationDate,
      let problem = Limits.pathsProblem(
        simulation.paths, from: valuationDate, to: horizon, grid: grid)
    {
      log.error(
        at: reader["simulation"]?.mark ?? node.mark, reader.path("simulation.paths"), problem)
    }
    // Cash may be below zero (an overdraft): money in or out, as a flow.
    let startingCash = quantity("startingCash", in: reader, kind: .flow)
    let question = reader.has("question") ? text("question", in: reader) : nil
    let shares =
      reader.has("sharesOutstanding") ? number("sharesOutstanding", in: reader, kind: .count) : nil
    if let shares, shares <= 0 {
      log.error(
        at: reader["sharesOutstanding"]?.mark, reader.path("sharesOutstanding"), "must be positive")
    }
    let subject = reader["subject"].flatMap { readSubject($0, path: reader.path("subject")) }
    let tax = reader["tax"].flatMap { readTax($0, path: reader.path("tax")) }
    if tax != nil { taxPlace = (reader["tax"]?.mark, reader.path("tax")) }
    guard let id, let name, let valuationDate, let currency, let grid, let horizon,
      let discountRate, let timing
    else { return nil }
    var settings = Settings(
      id: id, name: name, valuationDate: valuationDate, currency: currency, grid: grid,
      horizon: horizon, discountRate: discountRate, timing: timing, fx: fx,
      simulation: simulation, startingCash: startingCash, question: question,
      sharesOutstanding: shares)
    settings.subject = subject
    settings.tax = tax
    return settings
  }

  /// The corporate tax: a rate and the losses brought forward.
  private func readTax(_ node: Node, path: String) -> CorporateTax? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.tax, log: log),
      let rate = quantity("rate", in: reader, kind: .share)
    else { return nil }
    let losses =
      reader.has("lossesBroughtForward")
      ? quantity("lossesBroughtForward", in: reader, kind: .amount) : nil
    return CorporateTax(rate: rate, lossesBroughtForward: losses)
  }

  /// `portfolio` (`nil`), or the deals and instruments named, each
  /// remembered with its place so that ``checkSubject(deals:funding:)``
  /// can find it once they are read.
  private func readSubject(_ node: Node, path: String) -> [String]? {
    if let word = node.scalar?.string {
      guard word == "portfolio" else {
        log.error(
          at: node.mark, path,
          "is '\(word)'; a subject is portfolio, or a list of deals and funding instruments")
        return nil
      }
      return nil
    }
    let items = list(node, path).compactMap { item, field in
      text(item, field).map { (id: $0, mark: item.mark, path: field) }
    }
    subjectItems = items
    return items.map(\.id)
  }

  /// Checks that each subject item is a deal or a non-dilutive funding
  /// instrument: financing has no value to answer for.
  func checkSubject(deals: [Deal], funding: [FundingInstrument]) {
    for item in subjectItems {
      if let instrument = funding.first(where: { $0.id == item.id }) {
        if instrument.isFinancing {
          log.error(
            at: item.mark, item.path,
            "is \(instrument.kind), financing: it moves cash, not value, so it cannot be a subject")
        }
        continue
      }
      // One declared with errors has had them reported already.
      guard componentPaths[item.id] == nil else { continue }
      checkReference(
        item.id, among: deals.map(\.id) + funding.map(\.id), what: "deal or instrument",
        mark: item.mark, path: item.path)
    }
  }

  /// Whether `id` is ASCII kebab-case (`a-z`, `0-9`, single inner
  /// dashes): it names the report folder, so nothing else may pass.
  static func isKebabCase(_ id: String) -> Bool {
    let words = id.split(separator: "-", omittingEmptySubsequences: false)
    return words.allSatisfy { word in
      !word.isEmpty
        && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }

  private func readSimulation(_ node: Node, path: String) -> SimulationSettings? {
    guard let reader = MappingReader(node, path: path, shape: ScenarioFormat.simulation, log: log)
    else { return nil }
    var settings = SimulationSettings()
    if reader.has("paths"),
      let paths = integer(reader["paths"], reader.path("paths"), range: 1...Limits.maximumPaths)
    {
      settings.paths = paths
    }
    if reader.has("seed"),
      let seed = integer(reader["seed"], reader.path("seed"), range: 0...Int.max)
    {
      settings.seed = UInt64(seed)
    }
    if reader.has("sampling"),
      let sampling = choice("sampling", in: reader, as: SimulationSettings.Sampling.self)
    {
      settings.sampling = sampling
    }
    return settings
  }

  func readVariables(_ node: Node, path: String) -> [Variable] {
    let entries = namedEntries(node, path: path)
    declaredVariables = Set(entries.map(\.name))
    for entry in entries { variablePlaces[entry.name] = entry.mark }
    return entries.compactMap { name, value, _ in
      let field = "\(path).\(name)"
      if case .mapping = value {
        guard let spec = distribution(value, field, shape: ScenarioFormat.variable, kind: .number)
        else {
          return nil
        }
        let source = value.mapping?["source"].flatMap { text($0, "\(field).source") }
        return Variable(name: name, value: Quantity(.distribution(spec)), source: source)
      }
      return quantity(value, field, kind: .number).map { Variable(name: name, value: $0) }
    }
  }

  /// Correlations as a list of pairs, or as a matrix over named variables.
  func readCorrelations(_ node: Node, path: String, variables: [Variable]) -> [Correlation] {
    if case .mapping = node { return readCorrelationMatrix(node, path: path) }
    var seenPairs: Set<[String]> = []
    return list(node, path).compactMap { item, field in
      guard
        let reader = MappingReader(item, path: field, shape: ScenarioFormat.correlation, log: log)
      else { return nil }
      let names = texts(reader["between"], reader.path("between")).map(Self.variableName)
      let value = correlationValue(reader["value"], reader.path("value"))
      let measure = readMeasure(reader)
      guard reader.has("between") else { return nil }
      guard names.count == 2, names[0] != names[1] else {
        log.error(
          at: reader["between"]?.mark, reader.path("between"), "needs two different variables")
        return nil
      }
      for name in names {
        checkVariableName(name, mark: reader["between"]?.mark, path: reader.path("between"))
      }
      if !seenPairs.insert(names.sorted()).inserted {
        log.error(
          at: reader["between"]?.mark, reader.path("between"),
          "correlates \(names[0]) and \(names[1]) a second time")
      }
      guard let value, let measure else { return nil }
      return Correlation(first: names[0], second: names[1], value: value, measure: measure)
    }
  }

  private func readCorrelationMatrix(_ node: Node, path: String) -> [Correlation] {
    guard
      let reader = MappingReader(
        node, path: path, shape: ScenarioFormat.correlationMatrix, log: log)
    else { return [] }
    let names = texts(reader["variables"], reader.path("variables")).map(Self.variableName)
    for name in names {
      checkVariableName(name, mark: reader["variables"]?.mark, path: reader.path("variables"))
    }
    let measure = readMeasure(reader)
    // Each entry with its place, so that a wrong one is pointed at.
    let rows = list(reader["matrix"], reader.path("matrix")).map { row, field in
      list(row, field).map { (value: correlationValue($0.0, $0.1), mark: $0.0.mark) }
    }
    guard reader.has("matrix"), reader.has("variables") else { return [] }
    guard rows.count == names.count, rows.allSatisfy({ $0.count == names.count }) else {
      log.error(
        at: reader["matrix"]?.mark, reader.path("matrix"),
        "must be \(names.count)×\(names.count), one row and one column per variable")
      return []
    }
    var correlations: [Correlation] = []
    for i in names.indices {
      if let diagonal = rows[i][i].value, diagonal != 1 {
        log.error(
          at: rows[i][i].mark, "\(reader.path("matrix"))[\(i)][\(i)]",
          "is \(diagonal.plain); a variable's correlation with itself is 1")
      }
      for j in names.indices where j > i {
        guard let upper = rows[i][j].value, let lower = rows[j][i].value else { continue }
        if upper != lower {
          log.error(
            at: rows[i][j].mark, "\(reader.path("matrix"))[\(i)][\(j)]",
            "is \(upper.plain) but [\(j)][\(i)] is \(lower.plain); a correlation matrix is symmetric"
          )
        } else if upper != 0, let measure {
          correlations.append(
            Correlation(first: names[i], second: names[j], value: upper, measure: measure))
        }
      }
    }
    return correlations
  }

  private static func variableName(_ text: String) -> String {
    text.hasPrefix("$") ? String(text.dropFirst()) : text
  }

  private func checkVariableName(_ name: String, mark: Mark?, path: String) {
    if !declaredVariables.contains(name) {
      checkReference(
        name, among: declaredVariables.sorted(), what: "variable", mark: mark, path: path)
    }
  }

  private func correlationValue(_ node: Node?, _ path: String) -> Double? {
    guard let value = number(node, path, kind: .number) else { return nil }
    guard (-1...1).contains(value) else {
      log.error(at: node?.mark, path, "is \(value.plain); a correlation lies in -1…1")
      return nil
    }
    return value
  }

  private func readMeasure(_ reader: MappingReader) -> Correlation.Measure? {
    choice("measure", in: reader, as: Correlation.Measure.self, default: .spearman)
  }
}
