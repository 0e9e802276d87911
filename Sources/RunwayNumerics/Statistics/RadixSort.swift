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

  @inline(__always)
  private static func key(_ bits: UInt64) -> UInt64 {
    bits & (1 << 63) == 0 ? bits | (1 << 63) : ~bits
  }

  @inline(__always)
  private static func bits(_ key: UInt64) -> UInt64 {
    key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key
  }
}
