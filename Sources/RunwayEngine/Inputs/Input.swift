/// Where a numeric input of the scenario takes its value on a path: a slot
/// of the path's input row, optionally converted from a foreign currency
/// by the FX rate in another slot.
///
/// Compiling every `Quantity` to a slot index once, before the simulation,
/// is what keeps the per-path work to array reads.
struct Input: Hashable, Sendable {
  /// The slot holding the value.
  let slot: Int
  /// The slot holding the FX rate to the reporting currency, if any.
  let fxSlot: Int?

  /// The value on the path whose inputs are `row`.
  @inline(__always)
  func value(_ row: [Double]) -> Double {
    if let fxSlot { row[slot] * row[fxSlot] } else { row[slot] }
  }
}
