/// The discount factors of the days that come back from path to path,
/// kept by a worker: a licence's signing day, or the days on which a
/// share of each period's costs is paid, recur on every path, and each
/// factor is an `exp`.
///
/// A slot keeps a day, the per-day rate it was discounted at and the
/// factor ``Discounting/factor(_:day:)`` gave for them, so a hit returns
/// the same bits, whatever the channel's rate on the path. Direct-mapped,
/// as a hardware cache is: a day that varies from path to path takes its
/// slot, and costs its `exp` as before.
struct DayFactors: ~Copyable {
  private struct Slot {
    var day: UInt64
    var rate: UInt64
    var factor: Double
  }

  private static let slotsPerChannel = 64
  private var slots: FixedBuffer<Slot>

  /// Empty slots for `channels` discount channels.
  init(channels: Int) {
    // No day or rate has the pattern of all ones (a NaN), and the factor
    // of a NaN is NaN.
    slots = FixedBuffer(
      repeating: Slot(day: .max, rate: .max, factor: .nan),
      count: channels * Self.slotsPerChannel)
  }

  /// The factor of a flow on day `t` in `channel`, as `discounting` gives
  /// it.
  @inline(__always)
  mutating func factor(_ channel: Int, day t: Double, in discounting: borrowing Discounting)
    -> Double
  {
    let (day, rate) = (t.bitPattern, discounting.perDay[channel].bitPattern)
    // Fibonacci hashing: the top six bits of the day's pattern times 2⁶⁴/φ.
    let slot =
      channel * Self.slotsPerChannel + Int(truncatingIfNeeded: (day &* 0x9E37_79B9_7F4A_7C15) >> 58)
    if slots[slot].day == day, slots[slot].rate == rate { return slots[slot].factor }
    let factor = discounting.factor(channel, day: t)
    slots[slot] = Slot(day: day, rate: rate, factor: factor)
    return factor
  }
}
