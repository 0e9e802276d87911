import RunwayNumerics

/// A block's ``BatchTally`` while its paths are recorded.
///
/// The same sums and moments, in buffers that a path writes without the
/// uniqueness check an array's write makes (noncopyable, as ``PathState``
/// is); ``finished()`` hands them over as the block's tally.
struct BlockTally: ~Copyable {
  var total = Moments()
  var owed = Moments()
  var equity = Moments()
  var peakFunding = Moments()
  var values: FixedBuffer<Moments>
  var counterparty: FixedBuffer<Moments>
  var liability: FixedBuffer<Moments>
  /// Undiscounted flows summed over paths, component-major.
  var flows: FixedBuffer<Double>
  /// Cash positions summed over paths, per period.
  var cash: FixedBuffer<Double>
  /// Paths whose cash first goes below zero in each period.
  var firstShortfall: FixedBuffer<Int>

  init(components: Int, periods: Int) {
    values = FixedBuffer(repeating: Moments(), count: components)
    counterparty = FixedBuffer(repeating: Moments(), count: components)
    liability = FixedBuffer(repeating: Moments(), count: components)
    flows = FixedBuffer(repeating: 0, count: components * periods)
    cash = FixedBuffer(repeating: 0, count: periods)
    firstShortfall = FixedBuffer(repeating: 0, count: periods)
  }

  /// The block's tally, to merge with the other blocks'.
  consuming func finished() -> BatchTally {
    BatchTally(
      total: total, owed: owed, equity: equity, values: values.array,
      counterparty: counterparty.array, liability: liability.array, peakFunding: peakFunding,
      flows: flows.array, cash: cash.array, firstShortfall: firstShortfall.array)
  }
}
