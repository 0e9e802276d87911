import Foundation
import RunwayEngine

/// A solved deal term in a few lines a BD lead can quote, every amount in
/// the scenario's currency.
public enum SolutionText {
  /// `counterparty` names the other side; `fractionTerm` says the term is
  /// a rate or a share, shown in percent; `notes` follow the figures (the
  /// solved tiers, a warning).
  public static func text(
    _ solution: DealSolution, counterparty: String?, fractionTerm: Bool, notes: [String] = []
  ) -> String {
    let symbol = AmountFormat.symbol(currency: solution.currency)
    func amount(_ value: Double) -> String { AmountFormat.compact(value, symbol: symbol) }
    func term(_ value: Double) -> String {
      fractionTerm ? String(format: "%.3f%%", value * 100) : amount(value)
    }
    func figure(_ value: Double) -> String {
      solution.figure == .ourShare ? Percent.text(value) : amount(value)
    }
    let exact = fractionTerm ? "" : " (\(symbol)\(AmountFormat.grouped(solution.value)))"
    let error = solution.valueStandardError.flatMap { $0 > 0 ? $0 : nil }
    var lines = [
      "deals.\(solution.deal).\(solution.term) = \(term(solution.value))\(exact)"
        + (error.map { " (± \(term($0)) Monte Carlo standard error)" } ?? ""),
      "  target: \(solution.figure.name) = \(figure(solution.target))",
      "  achieved: \(figure(solution.achieved))"
        + (solution.achievedStandardError > 0
          ? " ± \(figure(solution.achievedStandardError))" : ""),
      "  our rNPV: \(amount(solution.ourRNPV)) (Monte Carlo mean \(amount(solution.ourMean)))",
    ]
    if let theirs = solution.counterpartyRNPV {
      lines.append(
        "  \(counterparty ?? "the counterparty")'s rNPV: \(amount(theirs))"
          + (solution.counterpartyMean.map { " (Monte Carlo mean \(amount($0)))" } ?? ""))
    }
    lines += notes.map { "  \($0)" }
    lines.append(
      "  \(solution.evaluations) valuations of \(AmountFormat.grouped(Double(solution.paths))) "
        + "paths on the same random numbers (seed \(solution.seed))")
    return lines.joined(separator: "\n") + "\n"
  }
}
