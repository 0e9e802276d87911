/// Spearman's rank correlation of two samples: the Pearson correlation of
/// their ranks, with tied values given their average rank.
public enum RankCorrelation {
  /// ρs of `x` and `y`, which must have the same length (at least two).
  public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count && x.count > 1, "two samples of the same length")
    return pearson(ranks(x), ranks(y))
  }

  /// The Pearson correlation of two samples.
  public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let meanX = x.reduce(0, +) / Double(x.count)
    let meanY = y.reduce(0, +) / Double(y.count)
    var covariance = 0.0
    var varianceX = 0.0
    var varianceY = 0.0
    for (a, b) in zip(x, y) {
      covariance += (a - meanX) * (b - meanY)
      varianceX += (a - meanX) * (a - meanX)
      varianceY += (b - meanY) * (b - meanY)
    }
    return covariance / (varianceX * varianceY).squareRoot()
  }

  /// One-based ranks, ties sharing their average rank.
  public static func ranks(_ values: [Double]) -> [Double] {
    let order = RadixSort.order(of: values)
    var result = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
      let rank = Double(start + end) / 2 + 1
      for position in start...end { result[order[position]] = rank }
      start = end + 1
    }
    return result
  }
}
