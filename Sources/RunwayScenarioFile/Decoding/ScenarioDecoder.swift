import RunwayModel
import Yams

/// Turns the YAML tree of a scenario file into a ``Scenario``, collecting
/// every diagnostic on the way.
///
/// The decoder reads the settings first, so that later fields can be
/// checked against them (dates against the valuation date, currencies
/// against the FX table), and records every `$variable` use with its place,
/// so that references, cycles and ranges are checked once all variables are
/// known.
final class ScenarioDecoder {
  let log: DiagnosticLog
  var valuationDate: Day?
  var reportingCurrency: String?
  var fxCurrencies: Set<String> = []
  /// `$name` uses: which variable, where, and what kind of number they stand for.
  var variableUses: [(name: String, kind: QuantityKind, mark: Mark?, path: String)] = []
  /// Names of every variable entry, valid or not, so that a variable with
  /// an error is not reported again as undefined wherever it is used.
  var declaredVariables: Set<String> = []
  /// The same for programs and funding instruments.
  var declaredPrograms: [String] = []
  var declaredRisks: [String] = []
  var declaredInstruments: [String] = []
  /// Where each component (program, instrument, deal) was defined: their
  /// names key the report's columns, so they must differ across sections.
  var componentPaths: [String: String] = [:]
  /// The currency of the deal being read, which its amounts default to.
  var dealCurrency: String?
  /// Currencies used in amounts, checked against the FX table at the end.
  var currencyUses: [(code: String, mark: Mark?, path: String)] = []
  /// Where each variable is defined, for the warning when none uses it.
  var variablePlaces: [String: Mark?] = [:]
  /// Where each linked phase (`program/phase`) writes its link.
  var linkPlaces: [String: (mark: Mark?, path: String)] = [:]
  /// Advances that take a share of a program's licence income, checked
  /// against the deals once they are read.
  var licenceIncomePlaces: [(program: String, mark: Mark?, path: String)] = []
  /// Each deal's group, counterparty and place, checked once all are read.
  var groupPlaces: [(group: String, counterparty: String, mark: Mark?, path: String)] = []
  /// The variables each gate knows, checked once variables are read.
  var gateKnowledge: [(name: String, mark: Mark?, path: String)] = []
  /// The subject's deals and instruments, checked once they are read.
  var subjectItems: [(id: String, mark: Mark?, path: String)] = []
  /// Where the tax is set, checked once the programmes are read.
  var taxPlace: (mark: Mark?, path: String)?

  init(log: DiagnosticLog) { self.log = log }

  /// The scenario, or `nil` when any error was found.
  func decode(_ root: Node) -> Scenario? {
    guard let file = MappingReader(root, path: "", shape: ScenarioFormat.file, log: log) else {
      return nil
    }
    let settings = file["scenario"].flatMap { readSettings($0, path: "scenario") }
    let variables = file["variables"].map { readVariables($0, path: "variables") } ?? []
    let correlations =
      file["correlations"].map { readCorrelations($0, path: "correlations", variables: variables) }
      ?? []
    let risks = file["risks"].map { readRisks($0, path: "risks") } ?? []
    let programs =
      file["programs"].map { readPrograms($0, path: "programs", risks: risks) } ?? []
    let funding =
      file["funding"].map { readFunding($0, path: "funding", programs: programs) } ?? []
    let packages =
      file["packages"].map { readPackages($0, path: "packages", funding: funding) } ?? []
    let deals = file["deals"].map { readDeals($0, path: "deals", programs: programs) } ?? []
    checkSubject(deals: deals, funding: funding)
    checkLicenceIncome(deals: deals)
    checkVariableUses(variables)
    checkGateKnowledge(variables)
    checkTaxOutcomes(programs, settings: settings)
    checkCurrencies()
    // Secondary: said once the file has no errors, not beside them.
    if !log.hasErrors { warnUnusedVariables(variables) }
    guard let settings, !log.hasErrors else { return nil }
    return Scenario(
      settings: settings, variables: withUnitsOfTheirUses(variables), correlations: correlations,
      programs: programs,
      risks: risks, funding: funding, packages: packages, deals: deals)
  }

  /// The entries of a section of components (programs, funding, deals),
  /// each name checked against those of the sections read before.
  func componentEntries(_ node: Node, path: String) -> [(name: String, node: Node, mark: Mark?)] {
    namedEntries(node, path: path).filter { name, _, mark in
      if let first = componentPaths[name] {
        log.error(
          at: mark, "\(path).\(name)",
          "has the name of \(first); programs, funding and deals need distinct names")
        return false
      }
      componentPaths[name] = "\(path).\(name)"
      return true
    }
  }

  /// The entries of a mapping of named items (programs, funding, deals), in
  /// file order, with their names checked.
  func namedEntries(_ node: Node, path: String) -> [(name: String, node: Node, mark: Mark?)] {
    guard let mapping = node.mapping else {
      log.error(
        at: node.mark, path, "expected a mapping of names to definitions, found \(node.summary)")
      return []
    }
    var seen: Set<String> = []
    var entries: [(String, Node, Mark?)] = []
    for (key, value) in mapping {
      guard let name = key.scalar?.string, !name.isEmpty else {
        log.error(at: key.mark, path, "names must be plain words")
        continue
      }
      guard seen.insert(name).inserted else {
        log.error(at: key.mark, "\(path).\(name)", "is defined twice")
        continue
      }
      if !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
        log.error(at: key.mark, "\(path).\(name)", "names use letters, digits, - and _ only")
      }
      entries.append((name, value, key.mark))
    }
    return entries
  }

  /// Checks that `name` is one of `candidates`, naming what it refers to.
  func checkReference(
    _ name: String, among candidates: [String], what: String, mark: Mark?, path: String
  ) {
    guard !candidates.contains(name) else { return }
    log.error(
      at: mark, path,
      "refers to \(what) '\(name)', which is not defined\(Suggestion.hint(for: name, among: candidates))"
    )
  }
}
