import Foundation

/// The ways people write numbers in a scenario: `19.5M`, `2.5m`, `750k`,
/// `1.2bn`, `30%`, `2x`, `1,250,000`, `USD 12M`, `30 months`.
enum NumberSyntax {
  /// A number with its currency, if one was written before it.
  struct Parsed: Equatable {
    var value: Double
    var currency: String?
  }

  /// Parses `text` as a number of `kind`, or returns what was expected.
  static func parse(_ text: String, kind: QuantityKind) -> Result<Parsed, ExpectationFailure> {
    var body = Substring(text.trimmingCharacters(in: .whitespaces))
    var currency: String?
    if [.amount, .flow, .number].contains(kind), let space = body.firstIndex(of: " "),
      body[..<space].count == 3, body[..<space].allSatisfy({ $0.isUppercase && $0.isLetter })
    {
      currency = String(body[..<space])
      body = body[body.index(after: space)...].drop { $0 == " " }
    }
    if kind == .years || kind == .number, let years = duration(body) {
      return .success(Parsed(value: years))
    }
    var multiplier = 1.0
    if let match = suffixes.first(where: { body.hasSuffix($0.suffix) }),
      match.kinds.contains(kind)
    {
      body = body.dropLast(match.suffix.count)
      multiplier = match.factor
    }
    let digits = body.replacingOccurrences(of: ",", with: "").replacingOccurrences(
      of: "_", with: "")
    // Finite after the suffix: 1e308M is as infinite as 1e999.
    guard let number = Double(digits.trimmingCharacters(in: .whitespaces)),
      (number * multiplier).isFinite,
      digits.allSatisfy({ "0123456789.-+eE ".contains($0) })
    else {
      return .failure(ExpectationFailure(expected: expectation(kind), found: text))
    }
    return .success(
      Parsed(value: number * multiplier, currency: currency))
  }

  /// The suffixes of numbers, their factors and the kinds that take them.
  private static let suffixes: [(suffix: String, factor: Double, kinds: Set<QuantityKind>)] = {
    let scaled: Set<QuantityKind> = [.amount, .flow, .count, .number]
    return [
      ("bn", 1e9, scaled), ("%", 0.01, [.share, .probability, .rate, .number]),
      ("k", 1e3, scaled), ("K", 1e3, scaled), ("M", 1e6, scaled), ("m", 1e6, scaled),
      ("x", 1, [.multiple]),
    ]
  }()

  /// `30 months`, `2.5 years`, `90 days`, `6 weeks` in years.
  private static func duration(_ text: Substring) -> Double? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 2, let number = Double(String(parts[0])), number.isFinite else {
      return nil
    }
    switch parts[1].lowercased() {
    case "year", "years": return number
    case "month", "months": return number / 12
    case "week", "weeks": return number * 7 / 365
    case "day", "days": return number / 365
    default: return nil
    }
  }

  /// What a number of `kind` looks like, for messages.
  static func expectation(_ kind: QuantityKind) -> String {
    switch kind {
    case .amount: "an amount such as 19.5M, 750k, 1.2bn or USD 12M"
    case .flow: "a cash flow such as 2.5M, -750k or USD -1M"
    case .share: "a share such as 30% or 0.3"
    case .probability: "a probability such as 30.7% or 0.307"
    case .rate: "a rate such as 12% or 0.12"
    case .years: "a duration such as 2.5 (years), 30 months or 90 days"
    case .count: "a count such as 120 or 1.5k"
    case .multiple: "a multiple such as 2x"
    case .number: "a number"
    }
  }
}

/// A value that did not have the expected form.
struct ExpectationFailure: Error, Equatable {
  let expected: String
  let found: String

  var message: String { message(orElse: nil) }

  /// The message, naming another accepted form when there is one.
  func message(orElse alternative: String?) -> String {
    "expected \(expected)\(alternative.map { " or \($0)" } ?? ""), found '\(found)'"
  }
}
