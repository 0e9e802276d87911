import Foundation
import RunwayEngine
import RunwayModel
import RunwayNumerics
import Yams

extension ScenarioDecoder {
  /// A scalar's text, or an error naming what was expected.
  func text(_ node: Node?, _ path: String) -> String? {
    guard let node else { return nil }
    guard let scalar = node.scalar else {
      log.error(at: node.mark, path, "expected text, found \(node.summary)")
      return nil
    }
    return scalar.string
  }

  func integer(_ node: Node?, _ path: String, range: ClosedRange<Int>) -> Int? {
    guard let string = text(node, path) else { return nil }
    guard
      let value = Int(
        string.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: ""))
    else {
      log.error(at: node?.mark, path, "expected a whole number, found '\(string)'")
      return nil
    }
    guard range.contains(value) else {
      log.error(
        at: node?.mark, path, "is \(value); expected \(range.lowerBound)…\(range.upperBound)")
      return nil
    }
    return value
  }

  func choice<T: RawRepresentable & CaseIterable>(_ node: Node?, _ path: String, as: T.Type) -> T?
  where T.RawValue == String {
    guard let string = text(node, path) else { return nil }
    guard let value = T(rawValue: string) else {
      reportUnknown(
        string, options: T.allCases.map(\.rawValue), mark: node?.mark, path: path)
      return nil
    }
    return value
  }

  func date(
    _ node: Node?, _ path: String, notBeforeValuation: Bool = false, atPeriodEnd: Bool = false
  ) -> Day? {
    guard let string = text(node, path) else { return nil }
    guard let day = DateSyntax.parse(string, atPeriodEnd: atPeriodEnd) else {
      log.error(at: node?.mark, path, "expected \(DateSyntax.expectation), found '\(string)'")
      return nil
    }
    if notBeforeValuation, let valuationDate, day < valuationDate {
      log.error(
        at: node?.mark, path,
        "is \(day), before the valuation date \(valuationDate); a valuation counts future flows only (a grant's or an advance's past payments go under received:)"
      )
    }
    return day
  }

  func list(_ node: Node?, _ path: String) -> [(Node, String)] {
    guard let node else { return [] }
    guard let sequence = node.sequence else {
      log.error(at: node.mark, path, "expected a list, found \(node.summary)")
      return []
    }
    return sequence.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
  }

  func texts(_ node: Node?, _ path: String) -> [String] {
    list(node, path).compactMap { text($0.0, $0.1) }
  }

  /// A literal number of `kind` (suffixes allowed; no distribution).
  func number(_ node: Node?, _ path: String, kind: QuantityKind, checkingRange: Bool = true)
    -> Double?
  {
    guard let string = text(node, path) else { return nil }
    switch NumberSyntax.parse(string, kind: kind) {
    case .failure(let failure):
      log.error(at: node?.mark, path, failure.message)
      return nil
    case .success(let parsed):
      if let currency = parsed.currency {
        log.error(
          at: node?.mark, path, "takes a plain number here, without the currency \(currency)")
      }
      guard !checkingRange || checkRange(parsed.value, kind: kind, mark: node?.mark, path: path)
      else { return nil }
      return parsed.value
    }
  }

  /// A number, an inline distribution or a `$variable`, of `kind`.
  func quantity(_ node: Node?, _ path: String, kind: QuantityKind) -> Quantity? {
    guard let node else { return nil }
    switch node {
    case .scalar(let scalar):
      let string = scalar.string.trimmingCharacters(in: .whitespaces)
      if string.hasPrefix("$") {
        let name = String(string.dropFirst())
        variableUses.append((name, kind, node.mark, path))
        return Quantity(.variable(name), unit: kind.unit)
      }
      switch NumberSyntax.parse(string, kind: kind) {
      case .failure(let failure):
        log.error(at: node.mark, path, failure.message(orElse: "a $variable"))
        return nil
      case .success(let parsed):
        guard checkRange(parsed.value, kind: kind, mark: node.mark, path: path) else { return nil }
        if let code = parsed.currency { currencyUses.append((code, node.mark, path)) }
        return Quantity(
          .fixed(parsed.value), currency: foreignCurrency(parsed.currency, kind: kind),
          unit: kind.unit)
      }
    case .mapping:
      guard let spec = distribution(node, path, shape: ScenarioFormat.distribution, kind: kind)
      else {
        return nil
      }
      if let support = spec.support, !support.isWithin(kind.range) {
        log.error(
          at: node.mark, path,
          "is a \(spec.name) that draws values in \(support.text), but \(kind.noun) must \(kind.rangeText); narrow it or truncate it with lower/upper"
        )
      }
      return Quantity(
        .distribution(spec), currency: foreignCurrency(nil, kind: kind), unit: kind.unit)
    default:
      log.error(
        at: node.mark, path,
        "expected \(NumberSyntax.expectation(kind)), a distribution or a $variable, found \(node.summary)"
      )
      return nil
    }
  }

  /// The currency of an amount when it is not the reporting currency: the
  /// one written before it, else (for amounts and flows) the deal's.
  private func foreignCurrency(_ written: String?, kind: QuantityKind) -> String? {
    let code = written ?? (kind == .amount || kind == .flow ? dealCurrency : nil)
    return code == reportingCurrency ? nil : code
  }

  /// The parameters each distribution family takes.
  private static let parameters: [String: [String]] = [
    "fixed": ["value"], "uniform": ["min", "max"], "triangular": ["min", "mode", "max"],
    "pert": ["min", "mode", "max", "shape"], "normal": ["mean", "sd"],
    "lognormal": ["mean", "sd", "median", "p90"], "beta": ["alpha", "beta", "min", "max"],
    "discrete": ["values", "weights"], "bernoulli": ["probability"],
  ]

  /// Whether `value` lies in the range of `kind`; reports it when not.
  func checkRange(_ value: Double, kind: QuantityKind, mark: Mark?, path: String) -> Bool {
    guard !kind.range.contains(value) else { return true }
    log.error(at: mark, path, "is \(value.significant); \(kind.noun) must \(kind.rangeText)")
    return false
  }

  /// An inline distribution (or a variable's definition, whose mapping also
  /// holds `source`) whose values are numbers of `kind`: a duration's
  /// bounds may be written `24 months`, a probability's `30%`.
  func distribution(_ node: Node, _ path: String, shape: ObjectShape, kind: QuantityKind)
    -> DistributionSpec?
  {
    guard let reader = MappingReader(node, path: path, shape: shape, log: log),
      let family = word("distribution", in: reader), let allowed = Self.parameters[family]
    else { return nil }
    for key in shape.keys
    where reader.has(key) && !allowed.contains(key)
      && !["distribution", "lower", "upper", "source"].contains(key)
    {
      log.error(
        at: reader[key]?.mark, reader.path(key),
        "is not a parameter of \(family); it takes \(allowed.joined(separator: ", "))")
    }
    func value(_ key: String, default fallback: Double? = nil) -> Double? {
      guard reader.has(key) else {
        if fallback == nil {
          log.error(at: node.mark, reader.path(key), "is required by \(family)")
        }
        return fallback
      }
      let parameterKind: QuantityKind =
        switch key {
        case "probability": .probability
        case "alpha", "beta", "shape": .number
        default: kind
        }
      // The family's reach is checked as a whole (its support) by the caller.
      return number(reader[key], reader.path(key), kind: parameterKind, checkingRange: false)
    }
    let familyValue: DistributionSpec.Family?
    switch family {
    case "fixed":
      familyValue = value("value").map { .fixed(value: $0) }
    case "uniform":
      guard let min = value("min"), let max = value("max") else { return nil }
      guard min < max else {
        log.error(
          at: node.mark, path, "uniform needs min < max, got min \(min.plain), max \(max.plain)")
        return nil
      }
      familyValue = .uniform(min: min, max: max)
    case "triangular", "pert":
      guard let min = value("min"), let mode = value("mode"), let max = value("max"),
        let shape = value("shape", default: 4)
      else { return nil }
      guard min <= mode, mode <= max, min < max else {
        log.error(
          at: node.mark, path,
          "\(family) needs min ≤ mode ≤ max with min < max, got min \(min.plain), mode \(mode.plain), max \(max.plain)"
        )
        return nil
      }
      guard shape > 0, shape <= Limits.maximumShape else {
        log.error(
          at: reader["shape"]?.mark, reader.path("shape"),
          "is \(shape.plain); a PERT's shape lies in (0, \(Limits.maximumShape.plain)]")
        return nil
      }
      familyValue =
        family == "pert"
        ? .pert(min: min, mode: mode, max: max, shape: shape)
        : .triangular(min: min, mode: mode, max: max)
    case "normal":
      guard let mean = value("mean"), let sd = value("sd") else { return nil }
      guard sd > 0 else {
        log.error(at: reader["sd"]?.mark, reader.path("sd"), "must be positive, got \(sd.plain)")
        return nil
      }
      familyValue = .normal(mean: mean, standardDeviation: sd)
    case "lognormal":
      if reader.has("median") || reader.has("p90") {
        guard let median = value("median"), let p90 = value("p90") else { return nil }
        guard median > 0, p90 > median else {
          log.error(
            at: node.mark, path,
            "lognormal needs 0 < median < p90, got \(median.plain), \(p90.plain)")
          return nil
        }
        familyValue = .lognormalPercentiles(median: median, p90: p90)
      } else {
        guard let mean = value("mean"), let sd = value("sd") else { return nil }
        guard mean > 0, sd > 0 else {
          log.error(
            at: node.mark, path,
            "lognormal needs a positive mean and sd, got \(mean.plain), \(sd.plain)")
          return nil
        }
        familyValue = .lognormal(mean: mean, standardDeviation: sd)
      }
    case "beta":
      guard let alpha = value("alpha"), let beta = value("beta"),
        let min = value("min", default: 0), let max = value("max", default: 1)
      else { return nil }
      guard alpha > 0, beta > 0, min < max, alpha <= Limits.maximumShape,
        beta <= Limits.maximumShape
      else {
        log.error(
          at: node.mark, path,
          "beta needs alpha and beta in (0, \(Limits.maximumShape.plain)] and min < max, "
            + "got alpha \(alpha.plain), beta \(beta.plain), min \(min.plain), max \(max.plain)")
        return nil
      }
      familyValue = .beta(alpha: alpha, beta: beta, min: min, max: max)
    case "discrete":
      let values = list(reader["values"], reader.path("values")).compactMap {
        number($0.0, $0.1, kind: kind, checkingRange: false)
      }
      let weights = list(reader["weights"], reader.path("weights")).compactMap {
        number($0.0, $0.1, kind: .number)
      }
      guard !values.isEmpty, values.count == weights.count, weights.allSatisfy({ $0 >= 0 }),
        weights.contains(where: { $0 > 0 })
      else {
        log.error(
          at: node.mark, path, "discrete needs as many non-negative weights as values, not all zero"
        )
        return nil
      }
      familyValue = .discrete(values: values, weights: weights)
    default:
      familyValue = value("probability").map { .bernoulli(probability: $0) }
    }
    guard let familyValue else { return nil }
    let lower = reader.has("lower") ? value("lower") : nil
    let upper = reader.has("upper") ? value("upper") : nil
    if let lower, let upper, lower >= upper {
      log.error(
        at: node.mark, path, "truncation needs lower < upper, got \(lower.plain), \(upper.plain)")
      return nil
    }
    let source = reader.has("source") ? text("source", in: reader) : nil
    let spec = DistributionSpec(familyValue, lower: lower, upper: upper, source: source)
    if lower != nil || upper != nil, spec.support?.isEmpty ?? false {
      log.error(at: node.mark, path, "truncation leaves no value of the distribution")
      return nil
    }
    // The engine builds the same distribution: what it would refuse (a
    // truncation that holds no probability) is refused here, located.
    do {
      _ = try spec.distribution()
    } catch {
      log.error(at: node.mark, path, error.message)
      return nil
    }
    return spec
  }
}

extension QuantityKind {
  /// The values a number of this kind may take: wide enough for any real
  /// scenario, narrow enough that nothing computed from them overflows
  /// (a flow of 10^15 grown by a century of discounting at −20 % stays
  /// far below `Float`'s 3.4·10^38, in which per-path values are kept).
  var range: ClosedRange<Double> {
    switch self {
    case .share, .probability: 0...1
    // No phase, lag or term lasts longer than the longest horizon.
    case .years: 0...Double(Limits.maximumHorizonYears)
    case .amount: 0...Limits.maximumAmount
    case .count: 0...Limits.maximumCount
    case .multiple: 0...Limits.maximumMultiple
    case .rate: Limits.rates
    case .flow, .number: -Limits.maximumAmount...Limits.maximumAmount
    }
  }

  var rangeText: String {
    switch self {
    case .share, .probability: "lie in 0…1 (0%…100%)"
    case .years: "lie in 0…\(Limits.maximumHorizonYears) years"
    case .amount: "lie in 0…1e15"
    case .count: "lie in 0…1e9"
    case .multiple: "lie in 0…1000x"
    case .rate: "lie in -20%…1000%"
    case .flow, .number: "lie in -1e15…1e15"
    }
  }

  var noun: String {
    switch self {
    case .amount: "an amount"
    case .flow: "a cash flow"
    case .share: "a share"
    case .probability: "a probability"
    case .rate: "a rate"
    case .years: "a duration"
    case .count: "a count"
    case .multiple: "a multiple"
    case .number: "a number"
    }
  }
}

extension Double {
  /// Four significant digits, for a bound computed rather than written.
  var significant: String {
    guard isFinite, self != rounded() || abs(self) >= 1e15 else { return plain }
    return String(format: "%.4g", self)
  }

  /// A number as a person writes it in a scenario: `3` rather than `3.0`,
  /// `20M` rather than `20000000`.
  var plain: String {
    if abs(self) >= 1e6, abs(self) < 1e15, (self / 1e3).rounded() == self / 1e3 {
      let millions = self / 1e6
      return (millions == millions.rounded() ? String(Int(millions)) : String(millions)) + "M"
    }
    return self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
  }
}

/// The values a distribution's draws can take, as a closed interval.
///
/// A normal or lognormal reaches as far as the sampler does: it inverts
/// uniforms in [2^−53, 1 − 2^−53], whose normal scores lie within ±8.3.
struct Support {
  var lower: Double
  var upper: Double

  /// How many standard deviations the sampler can reach: Φ⁻¹(2^−53) ≈ −8.2.
  static let reach = 8.3

  /// The largest draw of a lognormal of mean m and standard deviation s:
  /// σ² = ln(1 + s²/m²), μ = ln m − σ²/2, reach exp(μ + 8.3σ).
  static func lognormalReach(mean: Double, standardDeviation: Double) -> Double {
    let variance = log1p(standardDeviation * standardDeviation / (mean * mean))
    return exp(log(mean) - variance / 2 + reach * variance.squareRoot())
  }

  var isEmpty: Bool { lower > upper }

  func isWithin(_ range: ClosedRange<Double>) -> Bool {
    lower >= range.lowerBound && upper <= range.upperBound
  }

  var text: String { "[\(lower.significant), \(upper.significant)]" }
}

extension DistributionSpec {
  /// The interval the distribution's draws lie in, after truncation.
  var support: Support? {
    var support: Support =
      switch family {
      case .fixed(let value): Support(lower: value, upper: value)
      case .uniform(let min, let max), .triangular(let min, _, let max),
        .pert(let min, _, let max, _), .beta(_, _, let min, let max):
        Support(lower: min, upper: max)
      case .normal(let mean, let sd):
        Support(lower: mean - Support.reach * sd, upper: mean + Support.reach * sd)
      case .lognormal(let mean, let sd):
        Support(lower: 0, upper: Support.lognormalReach(mean: mean, standardDeviation: sd))
      case .lognormalPercentiles(let median, let p90):
        Support(lower: 0, upper: median * pow(p90 / median, Support.reach / 1.2815515655446004))
      case .discrete(let values, _):
        Support(lower: values.min() ?? 0, upper: values.max() ?? 0)
      case .bernoulli: Support(lower: 0, upper: 1)
      }
    if let lower { support.lower = Swift.max(support.lower, lower) }
    if let upper { support.upper = Swift.min(support.upper, upper) }
    return support
  }
}
