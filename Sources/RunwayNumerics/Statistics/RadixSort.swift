/// Sorts doubles by their bits, in linear time: the percentiles of ten
/// million paths need a sorted sample, and a comparison sort of that many
/// doubles took longer than simulating them.
///
/// A finite double's bits, with the sign bit flipped for positives and all
/// bits flipped for negatives, order as unsigned integers exactly as the
/// numbers do (−0 just below +0). Six passes of 11-bit digits, least
/// significant first, each a stable counting sort (Knuth, TAOCP vol. 3,
/// §5.2.5).
public enum RadixSort {
  /// Sorts `values` ascending in place, with one scratch array of the same
  /// size; every value must be finite.
  public static func sort(_ values: inout [Double]) {
    guard values.count > 256 else {
      values.sort()
      return
    }
    var scratch = [UInt64](repeating: 0, count: values.count)
    var counts = [Int](repeating: 0, count: 2_048)
    values.withUnsafeMutableBufferPointer { doubles in
      doubles.withMemoryRebound(to: UInt64.self) { keys in
        for index in keys.indices { keys[index] = key(keys[index]) }
        scratch.withUnsafeMutableBufferPointer { spare in
          var source = keys
          var target = spare
          for pass in 0..<6 {
            let shift = UInt64(pass * 11)
            for index in counts.indices { counts[index] = 0 }
            for key in source { counts[Int((key >> shift) & 0x7FF)] += 1 }
            var total = 0
            for digit in counts.indices {
              let count = counts[digit]
              counts[digit] = total
              total += count
            }
            for key in source {
              let digit = Int((key >> shift) & 0x7FF)
              target[counts[digit]] = key
              counts[digit] += 1
            }
            swap(&source, &target)
          }
          // After an even number of passes the keys are back in `keys`.
        }
        for index in keys.indices { keys[index] = bits(keys[index]) }
      }
    }
  }

  /// The indices of `values` in ascending order of the values.
  ///
  /// Equal ones stay in index order: the permutation a stable comparison
  /// sort gives (−0 and +0 tie, as they compare equal). Every value must
  /// be finite.
  ///
  /// What ranks and equal-count bins need of a sensitivity's columns: a
  /// comparison sort of indices through a closure cost more than the
  /// regression.
  public static func order(of values: [Double]) -> [Int] {
    guard values.count > 256 else { return values.indices.sorted { values[$0] < values[$1] } }
    let n = values.count
    // Raw buffers, keys and indices each with a spare to scatter into: an
    // array would check its uniqueness on every write.
    let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 2 * n)
    let indices = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * n)
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2_048)
    defer {
      keys.deallocate()
      indices.deallocate()
      counts.deallocate()
    }
    for (index, value) in values.enumerated() {
      // −0 keyed as +0, so that the two tie.
      keys[index] = key((value == 0 ? 0 : value).bitPattern)
      indices[index] = index
    }
    var from = 0
    for pass in 0..<6 {
      let to = n - from
      let shift = UInt64(pass * 11)
      counts.update(repeating: 0)
      for position in from..<from + n { counts[Int((keys[position] >> shift) & 0x7FF)] += 1 }
      // A digit every key shares leaves the order as it is.
      if counts.contains(n) { continue }
      var total = 0
      for digit in counts.indices {
        let count = counts[digit]
        counts[digit] = total
        total += count
      }
      for position in from..<from + n {
        let digit = Int((keys[position] >> shift) & 0x7FF)
        keys[to + counts[digit]] = keys[position]
        indices[to + counts[digit]] = indices[position]
        counts[digit] += 1
      }
      from = to
    }
    return Array(indices[from..<from + n])
  }

  @inline(__always)
  private static func key(_ bits: UInt64) -> UInt64 {
    bits & (1 << 63) == 0 ? bits | (1 << 63) : ~bits
  }

  @inline(__always)
  private static func bits(_ key: UInt64) -> UInt64 {
    key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key
  }
}
