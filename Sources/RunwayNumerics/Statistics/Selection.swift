import Foundation

/// Order statistics without a full sort: Hoare's FIND (1961), its pivot's
/// copies set apart when the pivot is the least value left, so that a
/// sample of many equal values (a licence worth nothing on every failed
/// path) costs no more than any other.
///
/// A report reads five percentiles and a tail of each component's sample,
/// not its whole order; selecting those ranks costs a few passes over the
/// sample where a sort costs six.
public enum Selection {
  /// Reorders `values` so that each of `ranks` holds the value a full sort
  /// would put there, every value before it no larger and every value
  /// after it no smaller.
  ///
  /// `Float` or `Double`: a component's values are selected as they were
  /// kept, in half the memory.
  public static func select<Value: BinaryFloatingPoint>(_ ranks: [Int], in values: inout [Value]) {
    let wanted = Array(Set(ranks)).sorted()
    precondition(wanted.allSatisfy { values.indices.contains($0) }, "ranks within the sample")
    let scratch = UnsafeMutableBufferPointer<Value>.allocate(capacity: values.count)
    defer { scratch.deallocate() }
    values.withUnsafeMutableBufferPointer { buffer in
      select(wanted[...], in: buffer, scratch: scratch, from: 0, to: buffer.count - 1)
    }
  }

  /// Selects the middle one of `ranks` in `values[low...high]`, then those
  /// on either side of it in the part on that side.
  private static func select<Value: BinaryFloatingPoint>(
    _ ranks: ArraySlice<Int>, in values: UnsafeMutableBufferPointer<Value>,
    scratch: UnsafeMutableBufferPointer<Value>, from low: Int, to high: Int
  ) {
    guard let first = ranks.first, let last = ranks.last else { return }
    // A rank at an end of the range holds its least or greatest value: a
    // scan finds that, where a partition would move every value. The
    // percentiles' ranks come in adjacent pairs, so the second of a pair
    // is often the first of what is left.
    if first == low {
      placeExtreme(at: low, in: values, from: low, to: high, by: <)
      select(ranks.dropFirst(), in: values, scratch: scratch, from: low + 1, to: high)
      return
    }
    if last == high {
      placeExtreme(at: high, in: values, from: low, to: high, by: >)
      select(ranks.dropLast(), in: values, scratch: scratch, from: low, to: high - 1)
      return
    }
    let middle = ranks.startIndex + ranks.count / 2
    let rank = ranks[middle]
    let (equalFrom, equalTo) = place(rank, in: values, scratch: scratch, from: low, to: high)
    select(
      ranks[..<middle].filter { $0 < equalFrom }[...], in: values, scratch: scratch, from: low,
      to: equalFrom - 1)
    select(
      ranks[(middle + 1)...].filter { $0 > equalTo }[...], in: values, scratch: scratch,
      from: equalTo + 1, to: high)
  }

  /// Swaps the least (or, by `>`, the greatest) value of
  /// `values[low...high]` into `place`.
  private static func placeExtreme<Value: BinaryFloatingPoint>(
    at place: Int, in values: UnsafeMutableBufferPointer<Value>, from low: Int, to high: Int,
    by precedes: (Value, Value) -> Bool
  ) {
    var best = place
    for index in low...high where precedes(values[index], values[best]) { best = index }
    values.swapAt(place, best)
  }

  /// Puts the value of `rank` in its place within `values[low...high]`;
  /// returns the places of the values equal to it, which are all in theirs.
  ///
  /// Each round splits the range around a pivot into `scratch` and back
  /// (``split(_:into:from:to:below:)``); the part the rank is not
  /// in is then in its place and, if it landed in `scratch`, copied home.
  private static func place<Value: BinaryFloatingPoint>(
    _ rank: Int, in values: UnsafeMutableBufferPointer<Value>,
    scratch: UnsafeMutableBufferPointer<Value>, from low: Int, to high: Int
  ) -> (Int, Int) {
    var (low, high) = (low, high)
    // Where the range's values are now, and the other buffer.
    var (current, other) = (values, scratch)
    /// Copies `range` of what was just written (in `other`) home.
    func settle(_ range: Range<Int>) {
      guard other.baseAddress == scratch.baseAddress else { return }
      _ = UnsafeMutableBufferPointer(rebasing: values[range]).update(
        fromContentsOf: scratch[range])
    }
    // Past this many rounds the pivots are unlucky: a sort bounds the cost.
    var rounds = 2 * (Int.bitWidth - high.leadingZeroBitCount) + 8
    while high - low > 16, rounds > 0 {
      rounds -= 1
      let pivot: Value
      if high - low > Self.sampledPivotFrom {
        // Floyd and Rivest (1975): the rank's value in a sample around
        // it, so that the split leaves little on the rank's side.
        let sample = sampleRange(around: rank, from: low, to: high)
        _ = place(
          rank, in: current, scratch: other, from: sample.lowerBound, to: sample.upperBound)
        pivot = current[rank]
      } else {
        pivot = median(current[low], current[(low + high) / 2], current[high])
      }
      let less = split(current, into: other, from: low, to: high, below: pivot)
      if rank < less {
        settle(less..<high + 1)
        high = less - 1
      } else if less > low {
        settle(low..<less)
        low = less
      } else {
        // Nothing is below the pivot, so it is the range's least value:
        // its copies (below the next value up) go first, in their places.
        swap(&current, &other)
        let equal = split(current, into: other, from: low, to: high, below: pivot.nextUp)
        if rank < equal {
          settle(low..<high + 1)
          return (low, equal - 1)
        }
        settle(low..<equal)
        low = equal
      }
      swap(&current, &other)
    }
    if current.baseAddress == scratch.baseAddress {
      swap(&current, &other)
      settle(low..<high + 1)
    }
    var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
    rest.sort()
    return (rank, rank)
  }

  /// Writes `source[low...high]` into the same places of `target`, those
  /// below `bound` first; returns where the rest begin.
  ///
  /// Without a branch: which side a value goes to is a coin toss near the
  /// median, which a branch predictor loses half the time. Each value is
  /// stored at both ends and only the end it belongs to advances. The step
  /// is the comparison's bit: written `isBelow ? 1 : 0`, LLVM turns it
  /// back into a branch.
  @inline(__always)
  private static func split<Value: BinaryFloatingPoint>(
    _ source: UnsafeMutableBufferPointer<Value>, into target: UnsafeMutableBufferPointer<Value>,
    from low: Int, to high: Int, below bound: Value
  ) -> Int {
    var front = low
    var back = high
    for index in low...high {
      let value = source[index]
      let step = Int(unsafeBitCast(value < bound, to: UInt8.self))
      target[front] = value
      target[back] = value
      front &+= step
      back &-= 1 &- step
    }
    return front
  }

  /// The range length above which a pivot is taken from a sample.
  static let sampledPivotFrom = 600

  /// The places of Floyd and Rivest's sample for `rank` in `[low, high]`.
  ///
  /// It holds n^(2/3)/2 values around the rank, shifted by about a
  /// standard deviation of the rank's place in the sample toward the
  /// nearer end, so that the sample's value of the rank falls just past
  /// the rank's value, on the small side. The sample is as good as random
  /// where the order is (paths are independent); a poor one costs rounds,
  /// never correctness.
  private static func sampleRange(around rank: Int, from low: Int, to high: Int)
    -> ClosedRange<Int>
  {
    let n = Double(high - low + 1)
    let i = Double(rank - low + 1)
    let z = log(n)
    let s = 0.5 * exp(2 * z / 3)
    let deviation = 0.5 * (z * s * (n - s) / n).squareRoot() * (i < n / 2 ? -1 : 1)
    let from = max(low, Int((Double(rank) - i * s / n + deviation).rounded(.down)))
    let to = min(high, Int((Double(rank) + (n - i) * s / n + deviation).rounded(.down)))
    return min(from, rank)...max(to, rank)
  }

  private static func median<Value: BinaryFloatingPoint>(_ a: Value, _ b: Value, _ c: Value)
    -> Value
  {
    max(min(a, b), min(max(a, b), c))
  }
}
