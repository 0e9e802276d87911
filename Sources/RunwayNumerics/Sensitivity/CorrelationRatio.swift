/// The first-order sensitivity of `y` to `x` read from one sample, without
/// a model: the correlation ratio η² = Var(E[y | x]) / Var(y), with E[y | x]
/// taken as the mean of `y` in groups of `x`.
///
/// An `x` of at most ``distinctValues`` values (phases passed, a yes/no) is
/// grouped by value, which is exact; any other in ``bins`` groups of equal
/// count by rank (fewer in a sample under twice as large).
/// Even an `x` that does nothing spreads the group means by chance, by
/// (groups − 1)/(n − 1) of Var(y) on average: that much is taken off, as in
/// the adjusted R² (Kelley's ε²), so that a factor without effect reads 0
/// on average.
///
/// Unlike a regression coefficient it sees a curved or one-sided effect
/// (sales that count only once approved): each factor's share of what it
/// explains alone. The shares add up to one only without interactions.
public enum CorrelationRatio {
  /// Groups of a continuous `x`: fine enough to follow a curve, each with
  /// hundreds of paths in a sample of ten thousand.
  public static let bins = 20
  /// The most values grouped one by one: the joint outcomes of a few
  /// programmes that share a readout.
  public static let distinctValues = 64

  /// η² of `y` on `x`, which must have the same length (at least two)
  /// and `y` a spread.
  public static func firstOrder(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count && x.count > 1, "two samples of the same length")
    let n = x.count
    let bins = min(Self.bins, n / 2)
    let mean = y.reduce(0, +) / Double(n)
    let total = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    precondition(total > 0, "y has a spread")
    let distinct = min(Self.distinctValues, n / 2)
    var sums: [Double: (sum: Double, count: Int)] = [:]
    for (value, outcome) in zip(x, y) where sums.count <= distinct {
      sums[value, default: (0, 0)].sum += outcome
      sums[value, default: (0, 0)].count += 1
    }
    var groups: [(sum: Double, count: Int)]
    if sums.count <= distinct {
      // In the values' order, so that the sum is the same on every run.
      groups = sums.sorted { $0.key < $1.key }.map(\.value)
    } else {
      let order = RadixSort.order(of: x)
      groups = (0..<bins).map { bin in
        let members = order[bin * n / bins..<(bin + 1) * n / bins]
        return (members.reduce(0) { $0 + y[$1] }, members.count)
      }
    }
    let between = groups.reduce(0) { sum, group in
      let deviation = group.sum / Double(group.count) - mean
      return sum + Double(group.count) * deviation * deviation
    }
    let chance = Double(groups.count - 1) / Double(n - 1)
    return chance < 1 ? max(0, (between / total - chance) / (1 - chance)) : 0
  }
}
