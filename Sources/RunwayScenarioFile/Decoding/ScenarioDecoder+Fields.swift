import RunwayModel
import Yams

/// Reading a field of a mapping by its key: the value readers of
/// `ScenarioDecoder+Values.swift`, applied to `reader[key]` at
/// `reader.path(key)`, with a default for optional fields.
extension ScenarioDecoder {
  func text(_ key: String, in reader: MappingReader) -> String? {
    text(reader[key], reader.path(key))
  }

  func date(_ key: String, in reader: MappingReader, notBeforeValuation: Bool = false) -> Day? {
    date(reader[key], reader.path(key), notBeforeValuation: notBeforeValuation)
  }

  func number(_ key: String, in reader: MappingReader, kind: QuantityKind) -> Double? {
    number(reader[key], reader.path(key), kind: kind)
  }

  /// The field's quantity; when the field is absent, `fallback` as a fixed
  /// number (or `nil` for a field without a default).
  func quantity(
    _ key: String, in reader: MappingReader, kind: QuantityKind, default fallback: Double? = nil
  ) -> Quantity? {
    guard reader.has(key) else { return fallback.map { .fixed($0, unit: kind.unit) } }
    return quantity(reader[key], reader.path(key), kind: kind)
  }

  /// The field's value among the cases of `T`; `fallback` when absent.
  func choice<T: RawRepresentable & CaseIterable>(
    _ key: String, in reader: MappingReader, as type: T.Type, default fallback: T? = nil
  ) -> T? where T.RawValue == String {
    guard reader.has(key) else { return fallback }
    return choice(reader[key], reader.path(key), as: type)
  }

  /// The field's word, checked against the options its shape declares.
  func word(_ key: String, in reader: MappingReader) -> String? {
    guard let word = text(key, in: reader) else { return nil }
    let options = reader.shape.field(key).map(\.value.options) ?? []
    guard options.contains(word) else {
      reportUnknown(word, options: options, mark: reader[key]?.mark, path: reader.path(key))
      return nil
    }
    return word
  }

  /// "is 'x' (did you mean 'y'?); expected one of …" for a word that is not
  /// one of `options`.
  func reportUnknown(
    _ word: String, options: [String], mark: Mark?, path: String, alternative: String? = nil
  ) {
    log.error(
      at: mark, path,
      "is '\(word)'\(Suggestion.hint(for: word, among: options)); expected one of \(options.joined(separator: ", "))\(alternative.map { ", or \($0)" } ?? "")"
    )
  }
}

extension ValueShape {
  /// The words a `choice` accepts (also inside `either`).
  var options: [String] {
    switch self {
    case .choice(let options): options
    case .either(let shapes): shapes.flatMap(\.options)
    default: []
    }
  }
}
