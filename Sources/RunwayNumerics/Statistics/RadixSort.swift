/// Sorts doubles by their bits, in linear time: the percentiles of ten
/// million paths need a sorted sample, and a comparison sort of that many
/// doubles took longer than simulating them.
///
/// A finite double's bits, with the sign bit flipped for positives and all
/// bits flipped for negatives, order as unsigned integers exactly as the
/// numbers do (−0 just below +0). Six passes of 11-bit digits, least
/// significant first, each a stable counting sort (Knuth, TAOCP vol. 3,
/// §5.2.5); a digit every key shares is skipped.
public enum RadixSort {
  /// Sorts `values` ascending in place, with one scratch buffer of the
  /// same size; every value must be finite.
  public static func sort(_ values: inout [Double]) {
    guard values.count > 256 else {
      values.sort()
      return
    }
    let n = values.count
    // Raw buffers: an array would check its uniqueness on every write.
    let spare = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: n)
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: passes * radix)
    defer {
      spare.deallocate()
      counts.deallocate()
    }
    values.withUnsafeMutableBufferPointer { doubles in
      doubles.withMemoryRebound(to: UInt64.self) { keys in
        for index in keys.indices { keys[index] = key(keys[index]) }
        countDigits(of: UnsafeBufferPointer(keys), into: counts)
        var (source, target) = (keys, spare)
        for pass in 0..<passes {
          let places = counts.extracting(pass * radix..<(pass + 1) * radix)
          guard startingPlaces(places, of: n) else { continue }
          for key in source {
            let digit = digit(of: key, pass: pass)
            target[places[digit]] = key
            places[digit] += 1
          }
          swap(&source, &target)
        }
        if source.baseAddress != keys.baseAddress { _ = keys.update(fromContentsOf: source) }
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
    // Keys and indices each with a spare to scatter into.
    let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 2 * n)
    let indices = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * n)
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: passes * radix)
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
    countDigits(of: UnsafeBufferPointer(keys.extracting(0..<n)), into: counts)
    var from = 0
    for pass in 0..<passes {
      let places = counts.extracting(pass * radix..<(pass + 1) * radix)
      guard startingPlaces(places, of: n) else { continue }
      let to = n - from
      for position in from..<from + n {
        let digit = digit(of: keys[position], pass: pass)
        keys[to + places[digit]] = keys[position]
        indices[to + places[digit]] = indices[position]
        places[digit] += 1
      }
      from = to
    }
    return Array(indices[from..<from + n])
  }

  /// Six passes of 11-bit digits cover a key's 64 bits; a digit takes one
  /// of `radix` values.
  private static let passes = 6
  private static let digitBits = 11
  private static let radix = 2_048  // 2^digitBits

  /// The digit of `key` that pass `pass` sorts on.
  @inline(__always)
  private static func digit(of key: UInt64, pass: Int) -> Int {
    Int((key >> UInt64(pass * digitBits)) & UInt64(radix - 1))
  }

  /// How many keys have each digit, for every pass at once: one read of
  /// the keys, not one a pass.
  private static func countDigits(
    of keys: UnsafeBufferPointer<UInt64>, into counts: UnsafeMutableBufferPointer<Int>
  ) {
    counts.update(repeating: 0)
    for key in keys {
      for pass in 0..<passes { counts[pass * radix + digit(of: key, pass: pass)] += 1 }
    }
  }

  /// Turns a pass's counts into each digit's first place; false, and
  /// the pass skipped, when one digit holds all `n` keys: it would leave
  /// their order as it is.
  private static func startingPlaces(_ counts: UnsafeMutableBufferPointer<Int>, of n: Int) -> Bool {
    if counts.contains(n) { return false }
    var total = 0
    for digit in counts.indices {
      let count = counts[digit]
      counts[digit] = total
      total += count
    }
    return true
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
