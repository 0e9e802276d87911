import RunwayEngine
import RunwayModel

/// The words a board reads for a tornado's input or event ("HepaStem in
/// NASH: peak sales"), derived from the names in the file; the path a
/// user pastes into `--set` stays beside it.
struct InputLabel {
  /// Programmes', instruments' and deals' names by id.
  private let names: [String: String]
  /// Shared risks' names by id.
  private let risks: [String: String]
  /// Each programme's phases' names, in order, by its id.
  private let phases: [String: [String]]

  init(_ result: ValuationResult) {
    var names: [String: String] = [:]
    for component in result.components { names[component.id] = component.name }
    // A shared risk is named by its event in the tornado.
    var risks: [String: String] = [:]
    for bar in result.tornado.bars {
      let parts = bar.input.split(separator: ".")
      if parts.count == 3, parts[0] == "risks", let event = bar.event {
        risks[String(parts[1])] = event
      }
    }
    self.init(
      names: names, risks: risks,
      phases: Dictionary(
        result.programmes.map { ($0.id, $0.phases) }, uniquingKeysWith: { first, _ in first }))
  }

  init(names: [String: String], risks: [String: String] = [:], phases: [String: [String]] = [:]) {
    self.names = names
    self.risks = risks
    self.phases = phases
  }

  /// The bar's words: an event's own, or its input's path in words.
  func text(_ bar: Tornado.Bar) -> String {
    bar.event ?? text(input: bar.input)
  }

  /// A value of an input as a board reads it, by what it measures: a
  /// share, a rate or a probability in percent, a duration in years
  /// (months under a year), money and other numbers as figures.
  static func value(_ value: Double, unit: QuantityUnit?) -> String {
    switch unit {
    case .share: Percent.text(value)
    case .years:
      abs(value) < 1
        ? "\(AmountFormat.figure(value * 12)) months"
        : "\(AmountFormat.figure(value)) year\(value == 1 ? "" : "s")"
    case .money, .number, nil: AmountFormat.figure(value)
    }
  }

  /// An input bar's P10 and P90 as a board reads them.
  static func ends(_ bar: Tornado.Bar) -> (low: String, high: String) {
    (value(bar.low, unit: bar.unit), value(bar.high, unit: bar.unit))
  }

  /// How the global sensitivity names a development outcome's factor:
  /// `programs.a + b phases passed`.
  static let outcomeSuffix = " phases passed"

  /// A factor of the global sensitivity in words: an input's, or the
  /// programmes whose development outcome it is ("HepaStem in ACLF and
  /// HepaStem in NASH: development outcome").
  func text(factor: String) -> String {
    guard factor.hasPrefix("programs."), factor.hasSuffix(Self.outcomeSuffix) else {
      return text(input: factor)
    }
    let programmes = factor.dropFirst("programs.".count).dropLast(Self.outcomeSuffix.count)
      .split(separator: " + ").prefix { !$0.hasPrefix("risks.") }.map {
        names[String($0)] ?? String($0)
      }
    let listed =
      programmes.count < 3
      ? programmes.joined(separator: " and ")
      : programmes.dropLast().joined(separator: ", ") + " and " + programmes[programmes.count - 1]
    return "\(listed): development outcome"
  }

  /// A variable's name or a field's path, in words.
  func text(input: String) -> String {
    let parts = input.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 2, parts[0] == "variables" { return Self.capitalised(Self.words(parts[1])) }
    if parts.count == 3, parts[0] == "risks", let risk = risks[parts[1]] {
      return "\(risk): \(Self.words(parts[2]))"
    }
    if parts.count == 3, parts[0] == "scenario", parts[1] == "tax" {
      return "Corporate tax: \(Self.words(parts[2]))"
    }
    guard parts.count >= 3, let owner = names[parts[1]],
      ["programs", "funding", "deals"].contains(parts[0])
    else {
      if input == "scenario.discountRate" { return "Discount rate" }
      if input.hasPrefix("scenario.") { return Self.capitalised(Self.words(parts.last ?? input)) }
      return input
    }
    // programs.ID.phases[i].FIELD: the phase by its name.
    if parts[2].hasPrefix("phases["), parts.count >= 4,
      let index = Int(parts[2].dropFirst("phases[".count).dropLast()),
      let phase = phases[parts[1]]?[safe: index]
    {
      return "\(owner), \(phase): \(Self.words(parts[3...].joined(separator: " ")))"
    }
    let field = parts[2...].filter { $0 != "market" }.map(Self.stepWords).joined(separator: " ")
    return "\(owner): \(field)"
  }

  /// A step of a path in words, a list item counted from one as a reader
  /// counts: `peakSales` → "peak sales", `flows[0]` → "flows 1".
  private static func stepWords(_ step: String) -> String {
    guard let open = step.firstIndex(of: "["), step.last == "]",
      let index = Int(step[step.index(after: open)..<step.index(before: step.endIndex)])
    else { return words(step) }
    return "\(words(String(step[..<open]))) \(index + 1)"
  }

  /// A camelCase name in lower-case words, acronyms kept: `peakSalesNASH`
  /// → "peak sales NASH", `cogs` → "cost of goods".
  static func words(_ name: String) -> String {
    if let known = known[name] { return known }
    var words: [String] = []
    var current = ""
    let characters = Array(name)
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      let startsWord =
        !current.isEmpty
        && ((character.isUppercase
          && (current.last?.isLowercase == true || next?.isLowercase == true))
          || (character.isNumber != current.last?.isNumber && character.isNumber))
      if startsWord {
        words.append(current)
        current = ""
      }
      current.append(character)
    }
    words.append(current)
    return words.map { $0.count > 1 && $0 == $0.uppercased() ? $0 : $0.lowercased() }
      .joined(separator: " ")
  }

  private static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  /// Field names whose words are not their letters.
  private static let known = [
    "cogs": "cost of goods", "successProbability": "success", "costShare": "cost share",
    "peakSales": "peak sales", "operatingCosts": "operating costs",
  ]
}

extension Array {
  /// The element at `index`, or `nil` outside the array.
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
