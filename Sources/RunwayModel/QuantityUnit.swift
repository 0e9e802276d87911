/// What a number measures, so that a report writes it as its reader
/// expects: a share, rate or probability in percent, money in its
/// currency, a duration in years or months, any other number as it is.
public enum QuantityUnit: String, Hashable, Sendable, Codable {
  case money
  case share
  case years
  case number
}
