/// ISO 4217 codes Runway recognises.
///
/// They are the currencies of the markets and partners biotech deals
/// involve. A code outside the list is a typo more
/// often than a currency, so it is an error with a suggestion.
enum Currency {
  static let codes: Set<String> = [
    "AED", "ARS", "AUD", "BGN", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK", "EGP",
    "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "ISK", "JPY", "KRW", "MXN", "MYR", "NOK",
    "NZD", "PHP", "PLN", "RON", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD",
    "VND", "ZAR",
  ]

  /// "not an ISO 4217 currency code Runway knows (did you mean 'EUR'?)",
  /// or `nil` for a known code.
  static func unknownCode(_ code: String) -> String? {
    codes.contains(code)
      ? nil
      : "not an ISO 4217 currency code Runway knows"
        + Suggestion.hint(for: code, among: codes.sorted())
  }
}
