import Foundation
import RunwayEngine

/// A solved deal term in a few lines a BD lead can quote.
public enum SolutionText {
  /// `counterparty` names the other side; `fractionTerm` says the term is
  /// a rate or a share, shown in percent.
  public static func text(_ solution: DealSolution, counterparty: String?, fractionTerm: Bool)
    -> String
  {
    let symbol = AmountFormat.symbol(currency: solution.currency)
    func amount(_ value: Double) -> String { AmountFormat.compact(value, symbol: symbol) }
    func term(_ value: Double) -> String {
      fractionTerm ? String(format: "%.3f%%", value * 100) : AmountFormat.grouped(value)
    }
    let sharesAreAsked = solution.figure == .ourShare
    let achieved =
      sharesAreAsked ? Percent.text(solution.achieved) : amount(solution.achieved)
    let achievedError =
      sharesAreAsked
      ? Percent.text(solution.achievedStandardError) : amount(solution.achievedStandardError)
    var lines = [
      "deals.\(solution.deal).\(solution.term) = \(term(solution.value))"
        + (solution.valueStandardError.map { " (± \(term($0)) Monte Carlo standard error)" } ?? ""),
      "  target: \(solution.target)",
      "  achieved: \(achieved) ± \(achievedError)",
      "  our rNPV: \(amount(solution.ourValue))",
    ]
    if let theirs = solution.counterpartyValue {
      lines.append("  \(counterparty ?? "the counterparty")'s rNPV: \(amount(theirs))")
    }
    lines.append(
      "  \(solution.evaluations) valuations of \(AmountFormat.grouped(Double(solution.paths))) "
        + "paths on the same random numbers (seed \(solution.seed))")
    return lines.joined(separator: "\n") + "\n"
  }
}
