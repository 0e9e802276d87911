import Foundation

/// Order statistics without a full sort: Hoare's FIND (1961), with a
/// three-way partition so that a sample of many equal values (a licence
/// worth nothing on every failed path) costs no more than any other.
///
/// A report reads five percentiles and a tail of each component's sample,
/// not its whole order; selecting those ranks costs a few passes over the
/// sample where a sort costs six.
public enum Selection {
  /// Reorders `values` so that each of `ranks` holds the value a full sort
  /// would put there, every value before it no larger and every value
  /// after it no smaller.
  public static func select(_ ranks: [Int], in values: inout [Double]) {
    let wanted = Array(Set(ranks)).sorted()
    precondition(wanted.allSatisfy { values.indices.contains($0) }, "ranks within the sample")
    values.withUnsafeMutableBufferPointer { buffer in
      select(wanted[...], in: buffer, from: 0, to: buffer.count - 1)
    }
  }

  /// Selects the middle one of `ranks` in `values[low...high]`, then those
  /// on either side of it in the part on that side.
  private static func select(
    _ ranks: ArraySlice<Int>, in values: UnsafeMutableBufferPointer<Double>, from low: Int,
    to high: Int
  ) {
    guard let first = ranks.first, let last = ranks.last else { return }
    // A rank at an end of the range holds its least or greatest value: a
    // scan finds that, where a partition would move every value. The
    // percentiles' ranks come in adjacent pairs, so the second of a pair
    // is often the first of what is left.
    if first == low {
      placeExtreme(at: low, in: values, from: low, to: high, by: <)
      select(ranks.dropFirst(), in: values, from: low + 1, to: high)
      return
    }
    if last == high {
      placeExtreme(at: high, in: values, from: low, to: high, by: >)
      select(ranks.dropLast(), in: values, from: low, to: high - 1)
      return
    }
    let middle = ranks.startIndex + ranks.count / 2
    let rank = ranks[middle]
    let (equalFrom, equalTo) = place(rank, in: values, from: low, to: high)
    select(
      ranks[..<middle].filter { $0 < equalFrom }[...], in: values, from: low, to: equalFrom - 1)
    select(
      ranks[(middle + 1)...].filter { $0 > equalTo }[...], in: values, from: equalTo + 1, to: high)
  }

  /// Swaps the least (or, by `>`, the greatest) value of
  /// `values[low...high]` into `place`.
  private static func placeExtreme(
    at place: Int, in values: UnsafeMutableBufferPointer<Double>, from low: Int, to high: Int,
    by precedes: (Double, Double) -> Bool
  ) {
    var best = place
    for index in low...high where precedes(values[index], values[best]) { best = index }
    values.swapAt(place, best)
  }

  /// Puts the value of `rank` in its place within `values[low...high]`;
  /// returns the places of the values equal to it, which are all in theirs.
  private static func place(
    _ rank: Int, in values: UnsafeMutableBufferPointer<Double>, from low: Int, to high: Int
  ) -> (Int, Int) {
    var (low, high) = (low, high)
    // Past this many rounds the pivots are unlucky: a sort bounds the cost.
    var rounds = 2 * (Int.bitWidth - high.leadingZeroBitCount) + 8
    while high - low > 16, rounds > 0 {
      rounds -= 1
      let pivot: Double
      if high - low > Self.sampledPivotFrom {
        // Floyd and Rivest (1975): the rank's value in a sample around
        // it, so that the partition leaves little on the rank's side.
        let sample = sampleRange(around: rank, from: low, to: high)
        _ = place(rank, in: values, from: sample.lowerBound, to: sample.upperBound)
        pivot = values[rank]
      } else {
        pivot = median(values[low], values[(low + high) / 2], values[high])
      }
      // [low, less): below the pivot; [less, next): equal; (greater, high]: above.
      var less = low
      var next = low
      var greater = high
      while next <= greater {
        let value = values[next]
        if value < pivot {
          values.swapAt(less, next)
          less += 1
          next += 1
        } else if value > pivot {
          values.swapAt(next, greater)
          greater -= 1
        } else {
          next += 1
        }
      }
      if rank < less {
        high = less - 1
      } else if rank > greater {
        low = greater + 1
      } else {
        return (less, greater)
      }
    }
    var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
    rest.sort()
    return (rank, rank)
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

  private static func median(_ a: Double, _ b: Double, _ c: Double) -> Double {
    max(min(a, b), min(max(a, b), c))
  }
}
