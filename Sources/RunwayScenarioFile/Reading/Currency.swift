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
}
