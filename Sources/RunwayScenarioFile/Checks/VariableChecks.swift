import RunwayModel

extension ScenarioDecoder {
  /// `variables`, each measuring what the first field that uses it
  /// measures (a variable used only through an alias, what the alias's
  /// field measures): a variable's own field says nothing of its unit.
  func withUnitsOfTheirUses(_ variables: [Variable]) -> [Variable] {
    var units: [String: QuantityUnit] = [:]
    for use in variableUses where !use.path.hasPrefix("variables.") && units[use.name] == nil {
      units[use.name] = use.kind.unit
    }
    for variable in variables {
      if case .variable(let target) = variable.value.source, units[target] == nil {
        units[target] = units[variable.name]
      }
    }
    return variables.map { variable in
      var measured = variable
      measured.value.unit = units[variable.name]
      return measured
    }
  }

  /// Checks every `$name` use: the variable exists, its alias chain has no
  /// cycle, and its values fit the kind of number where it is used.
  func checkVariableUses(_ variables: [Variable]) {
    let byName = Dictionary(
      variables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    for use in variableUses {
      guard byName[use.name] != nil else {
        // A variable declared with errors has had them reported already.
        if !declaredVariables.contains(use.name) {
          checkReference(
            use.name, among: declaredVariables.sorted(), what: "variable", mark: use.mark,
            path: use.path)
        }
        continue
      }
      var chain = [use.name]
      var current = use.name
      while let variable = byName[current], case .variable(let next) = variable.value.source {
        if chain.contains(next) {
          log.error(
            at: use.mark, use.path,
            "refers to a cycle of variables: \((chain + [next]).map { "$" + $0 }.joined(separator: " → "))"
          )
          break
        }
        chain.append(next)
        current = next
      }
      guard let resolved = byName[current] else { continue }
      if use.path.hasPrefix("scenario.fx."), let currency = resolved.value.currency {
        log.error(
          at: use.mark, use.path,
          "uses $\(current), which is in \(currency); an exchange rate is a plain number")
      }
      let support: Support? =
        switch resolved.value.source {
        case .fixed(let value): Support(lower: value, upper: value)
        case .distribution(let spec): spec.support
        case .variable: nil
        }
      if let support, !support.isWithin(use.kind.range) {
        log.error(
          at: use.mark, use.path,
          "uses $\(current), whose values lie in \(support.text), but \(use.kind.noun) must \(use.kind.rangeText)"
        )
      }
    }
  }

  /// Checks that each variable a gate knows is discrete (its values can
  /// be enumerated: the decision is found for each) and that their joint
  /// values stay few enough.
  func checkGateKnowledge(_ variables: [Variable]) {
    let byName = Dictionary(
      variables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var cases: [String: Int] = [:]
    for use in gateKnowledge {
      var name = use.name
      var seen: Set<String> = []
      while case .variable(let next) = byName[name]?.value.source, seen.insert(name).inserted {
        name = next
      }
      guard let variable = byName[name] else {
        if !declaredVariables.contains(name) {
          checkReference(
            name, among: declaredVariables.sorted(), what: "variable", mark: use.mark,
            path: use.path)
        }
        continue
      }
      switch variable.value.source {
      case .fixed: cases[use.name] = 1
      case .distribution(let spec):
        switch spec.family {
        case .discrete(let values, _): cases[use.name] = values.count
        case .bernoulli: cases[use.name] = 2
        default:
          log.error(
            at: use.mark, use.path,
            "is $\(use.name), a \(spec.name) distribution; a gate knows only discrete or bernoulli variables, whose values it can weigh one by one"
          )
        }
      case .variable: continue
      }
    }
    let joint = cases.values.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
    if joint > Limits.maximumGateCases, let first = gateKnowledge.first {
      log.error(
        at: first.mark, first.path,
        "is one of variables with \(joint) joint values known at gates; the analytic rNPV finds the decisions for each, so at most \(Limits.maximumGateCases)"
      )
    }
  }

  /// Warns about each variable that no field uses, directly or through
  /// another variable: it would still be drawn, listed among the report's
  /// assumptions and correlated, while moving nothing.
  func warnUnusedVariables(_ variables: [Variable]) {
    let byName = Dictionary(
      variables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var used: Set<String> = []
    var pending = variableUses.filter { !$0.path.hasPrefix("variables.") }.map(\.name)
    while let name = pending.popLast() {
      guard used.insert(name).inserted else { continue }
      if case .variable(let next) = byName[name]?.value.source { pending.append(next) }
    }
    for variable in variables where !used.contains(variable.name) {
      log.warning(
        at: variablePlaces[variable.name] ?? nil, "variables.\(variable.name)",
        "is defined but no field uses it; remove it, or use it as $\(variable.name)")
    }
  }

  /// Checks that every currency used in an amount has an FX rate.
  func checkCurrencies() {
    for use in currencyUses where use.code != reportingCurrency {
      if let complaint = Currency.unknownCode(use.code) {
        log.error(at: use.mark, use.path, "is in '\(use.code)', \(complaint)")
      } else if !fxCurrencies.contains(use.code) {
        log.error(
          at: use.mark, use.path,
          "is in \(use.code), which has no FX rate: add scenario.fx.\(use.code) (\(reportingCurrency ?? "reporting currency") per \(use.code))"
        )
      }
    }
  }
}
