import RunwayEngine
import RunwayModel

/// How an assumption's distribution reads in a report, by what it
/// measures: `pert(min 8M, mode 10M, max 15M, shape 4)`, a share's bounds in
/// percent (`pert(min 7.0%, mode 10.0%, max 12.0%, shape 4)`), a duration's
/// in years, a discrete input as its values and their chances, a fixed
/// figure or date as itself.
enum AssumptionText {
  static func distribution(_ assumption: Assumption) -> String {
    let currency = assumption.currency.map { " in \($0)" } ?? ""
    let unit = assumption.unit
    let values = assumption.parameters.filter { $0.name.hasPrefix("value ") }.map(\.value)
    let weights = assumption.parameters.filter { $0.name.hasPrefix("weight ") }.map(\.value)
    if assumption.family == "discrete", values.count == weights.count {
      let total = weights.reduce(0, +)
      let cases = zip(values, weights).map {
        "\(InputLabel.value($0, unit: unit)) (\(Percent.text($1 / total)))"
      }
      return "\(cases.joined(separator: " or "))\(currency)"
    }
    if assumption.family == "date", let date = assumption.date { return date }
    if assumption.family == "fixed", let value = assumption.parameters.first?.value {
      return InputLabel.value(value, unit: unit) + currency
    }
    let parameters = assumption.parameters.compactMap { parameter -> String? in
      // A beta's default range says nothing.
      if assumption.family == "beta",
        parameter.name == "min" && parameter.value == 0
          || parameter.name == "max" && parameter.value == 1
      {
        return nil
      }
      let isShare = unit == .share && !["alpha", "beta", "shape"].contains(parameter.name)
      let text = isShare ? Percent.text(parameter.value) : AmountFormat.figure(parameter.value)
      return "\(parameter.name) \(text)"
    }
    guard !parameters.isEmpty else { return assumption.family + currency }
    let years = unit == .years ? " years" : ""
    return "\(assumption.family)(\(parameters.joined(separator: ", ")))\(years)\(currency)"
  }
}
