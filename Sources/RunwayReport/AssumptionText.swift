import RunwayEngine

/// How an assumption's distribution reads in a report:
/// `pert(min 8M, mode 10M, max 15M, shape 4)`, amounts in the reporting
/// currency's compact form.
enum AssumptionText {
  static func distribution(_ assumption: Assumption) -> String {
    let parameters = assumption.parameters.map { "\($0.name) \(AmountFormat.figure($0.value))" }
    let currency = assumption.currency.map { " in \($0)" } ?? ""
    guard !parameters.isEmpty else { return assumption.family + currency }
    return "\(assumption.family)(\(parameters.joined(separator: ", ")))\(currency)"
  }
}
