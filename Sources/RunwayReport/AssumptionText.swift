import RunwayEngine

/// How an assumption reads in a report: `pert(min 8M, mode 10M, max 15M,
/// shape 4)`, a share's figures in percent (`pert(min 7%, mode 10%, max
/// 12%, shape 4)`), a discrete input as its values and their chances.
enum AssumptionText {
  static func distribution(_ assumption: Assumption) -> String {
    let currency = assumption.currency.map { " in \($0)" } ?? ""
    let format = { (value: Double) in Self.value(value, of: assumption) }
    let values = assumption.parameters.filter { $0.name.hasPrefix("value ") }.map(\.value)
    let weights = assumption.parameters.filter { $0.name.hasPrefix("weight ") }.map(\.value)
    if assumption.family == "discrete", values.count == weights.count {
      let total = weights.reduce(0, +)
      let cases = zip(values, weights).map { "\(format($0)) (\(Percent.text($1 / total)))" }
      return "\(cases.joined(separator: " or "))\(currency)"
    }
    let parameters = assumption.parameters.compactMap { parameter -> String? in
      // A beta's default range says nothing.
      if assumption.family == "beta",
        parameter.name == "min" && parameter.value == 0
          || parameter.name == "max" && parameter.value == 1
      {
        return nil
      }
      let text =
        Self.shapes(parameter.name) ? AmountFormat.figure(parameter.value) : format(parameter.value)
      return "\(parameter.name) \(text)"
    }
    guard assumption.family != "fixed", !parameters.isEmpty else {
      return assumption.parameters.first.map { format($0.value) + currency } ?? assumption.family
    }
    return "\(assumption.family)(\(parameters.joined(separator: ", ")))\(currency)"
  }

  /// A figure of the assumption (a bound, its mean), in percent where the
  /// assumption is a share, a rate or a probability.
  static func value(_ value: Double, of assumption: Assumption) -> String {
    let figures = assumption.parameters.filter { !shapes($0.name) }.map(\.value)
    return InputLabel.value(value, among: figures + [assumption.mean ?? 0])
  }

  /// Whether the parameter shapes a distribution (or weighs a case) rather
  /// than being a value of the input.
  private static func shapes(_ name: String) -> Bool {
    ["alpha", "beta", "shape"].contains(name) || name.hasPrefix("weight ")
  }
}
