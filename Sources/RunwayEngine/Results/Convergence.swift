import Foundation

/// How the Monte Carlo mean settles as paths are added.
///
/// The running mean and its standard error at about forty path counts,
/// spaced evenly on a log scale, the last being every path: a reader sees
/// whether the paths run were enough.
public struct Convergence: Codable, Hashable, Sendable {
  public struct Point: Codable, Hashable, Sendable {
    public var paths: Int
    public var mean: Double
    public var standardError: Double
  }

  static let points = 40
  /// Fewer paths than this give a standard error too rough to draw.
  static let firstPaths = 100

  public var points: [Point]

  /// The running figures of `values`, in path order.
  public init<Values: Collection>(_ values: Values) where Values.Element == Double {
    let count = values.count
    let first = min(Self.firstPaths, count)
    var marks = Set([count])
    if count > first {
      let ratio = log(Double(count) / Double(first)) / Double(Self.points - 1)
      for step in 0..<Self.points {
        marks.insert(Int((Double(first) * exp(ratio * Double(step))).rounded()))
      }
    }
    // In order, each compared as the paths reach it: a set's lookup for
    // every path cost more than the running mean.
    let ordered = marks.sorted()
    var nextMark = 0
    // Welford's running mean and sum of squared deviations.
    var mean = 0.0
    var squares = 0.0
    var points: [Point] = []
    for (index, value) in values.enumerated() {
      let n = Double(index + 1)
      let delta = value - mean
      mean += delta / n
      squares += delta * (value - mean)
      guard nextMark < ordered.count, ordered[nextMark] == index + 1 else { continue }
      nextMark += 1
      let standardError = index > 0 ? (squares / (n - 1) / n).squareRoot() : 0
      points.append(Point(paths: index + 1, mean: mean, standardError: standardError))
    }
    self.points = points
  }
}
