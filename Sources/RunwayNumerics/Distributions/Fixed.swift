/// A quantity known for certain: every draw is `value`.
public struct Fixed: Distribution, Hashable {
  /// The value.
  public let value: Double

  public init(_ value: Double) throws(DistributionError) {
    guard value.isFinite else { throw DistributionError("value \(value) is not a finite number") }
    self.value = value
  }

  public var mean: Double { value }
  public var variance: Double { 0 }
  public var support: ClosedRange<Double> { value...value }
  public func cdf(_ x: Double) -> Double { x < value ? 0 : 1 }
  public func quantile(_ p: Double) -> Double { value }
  public var description: String { "fixed(\(value))" }
}
