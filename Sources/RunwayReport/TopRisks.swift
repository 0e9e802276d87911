import RunwayEngine

/// The risks that move the value most, in plain words for page 1: the
/// tornado's widest bars, trial readouts and shared risks included.
enum TopRisks {
  static let count = 3

  /// A sentence per bar: what the value becomes at each end.
  ///
  /// The tornado is the portfolio's, so under a subject the sentences say so.
  static func sentences(_ result: ValuationResult, labels: InputLabel) -> [String] {
    let symbol = AmountFormat.symbol(currency: result.currency)
    let amount = { AmountFormat.compact($0, symbol: symbol) }
    let value = result.portfolio == nil ? "the value" : "the portfolio under it"
    return result.tornado.bars.prefix(count).map { bar in
      let name = labels.text(bar)
      if bar.isEvent {
        return
          "\(name): \(value) is \(amount(bar.rnpvAtLow)) if it fails, \(amount(bar.rnpvAtHigh)) if it succeeds."
      }
      let (low, high) = InputLabel.ends(bar)
      return
        "\(name): \(value) is \(amount(bar.rnpvAtLow)) at its P10 (\(low)), \(amount(bar.rnpvAtHigh)) at its P90 (\(high))."
    }
  }
}
