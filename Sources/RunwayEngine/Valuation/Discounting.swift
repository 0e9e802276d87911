import Foundation

/// The discount rates of a scenario (the scenario's own, and any rate a
/// component carries) and their factors on a path.
///
/// The factor of a flow on day t is (1 + r)^−(t/365), spreadsheet XNPV's
/// convention. Each rate is a channel; the factors of the period flow days
/// are tabulated once per path for a rate that is uncertain, and once for
/// all paths for a fixed one.
struct Discounting: Sendable {
  /// The rate input of each channel.
  let rates: [Input]
  /// ln(1 + r)/365 of each channel on the current path.
  private(set) var perDay: [Double]
  /// Factors at the period flow days, channel-major.
  private(set) var factors: [Double]
  private let flowDays: [Double]
  private let varying: [Bool]

  init(rates: [Input], timeline: Timeline, uncertainSlots: Set<Int>, base: [Double]) {
    self.rates = rates
    flowDays = timeline.periods.map(\.flowDay)
    varying = rates.map { uncertainSlots.contains($0.slot) || $0.fxSlot != nil }
    perDay = Array(repeating: 0, count: rates.count)
    factors = Array(repeating: 0, count: rates.count * flowDays.count)
    reset(row: base)
  }

  /// Updates the channels whose rate differs from path to path.
  mutating func update(row: [Double]) {
    for channel in rates.indices where varying[channel] { tabulate(channel, row: row) }
  }

  /// Sets every channel from `row` (the deterministic cases).
  mutating func reset(row: [Double]) {
    for channel in rates.indices { tabulate(channel, row: row) }
  }

  /// The factor of a flow on day `t` in `channel`.
  @inline(__always)
  func factor(_ channel: Int, day t: Double) -> Double { exp(-perDay[channel] * t) }

  /// The factor of a flow spread over `period` in `channel`.
  @inline(__always)
  func factor(_ channel: Int, period: Int) -> Double {
    factors[channel * flowDays.count + period]
  }

  /// Calls `body` with the factors of `channel` and the flow days they
  /// discount, period by period, read in place: for a loop over periods
  /// that checks its range once.
  @inline(__always)
  func withFactors<Result>(
    of channel: Int,
    _ body: (_ factors: UnsafeBufferPointer<Double>, _ days: UnsafeBufferPointer<Double>) -> Result
  ) -> Result {
    precondition(rates.indices.contains(channel), "a discount channel out of range")
    let count = flowDays.count
    return factors.withUnsafeBufferPointer { factors in
      flowDays.withUnsafeBufferPointer { days in
        body(UnsafeBufferPointer(rebasing: factors[channel * count..<(channel + 1) * count]), days)
      }
    }
  }

  private mutating func tabulate(_ channel: Int, row: [Double]) {
    let rate = perDayRate(rates[channel].value(row))
    perDay[channel] = rate
    let base = channel * flowDays.count
    for (period, day) in flowDays.enumerated() { factors[base + period] = exp(-rate * day) }
  }

  private func perDayRate(_ rate: Double) -> Double { log1p(rate) / 365 }
}
