/// A pseudo-random permutation of 0..<count, evaluated one index at a time
/// without storing it: what Latin hypercube sampling needs to give each
/// path its own stratum in a batch-by-batch simulation.
///
/// A four-round Feistel network over the smallest even number of bits that
/// covers `count` is a bijection on 0..<4^k; "cycle walking" (Black and
/// Rogaway, *Ciphers with Arbitrary Finite Domains*, 2002) applies it again
/// until the value falls below `count`, which keeps it a bijection on
/// 0..<count. The round function is Philox, so the permutation depends only
/// on the key and `count`: the same on any thread and in any batch.
public struct RandomPermutation: Sendable {
  public let count: Int
  private let key: (UInt32, UInt32)
  private let halfBits: Int
  private let halfMask: UInt64

  /// The permutation of 0..<count under `key` (a ``RandomStream``'s key).
  public init(count: Int, key: (UInt32, UInt32)) {
    precondition(count > 0 && count <= 1 << 62, "a permutation needs 1...2^62 elements")
    self.count = count
    self.key = key
    var bits = 2
    while (1 << bits) < count { bits += 2 }
    halfBits = bits / 2
    halfMask = (1 << UInt64(halfBits)) - 1
  }

  /// The image of `index` (in 0..<count).
  public func callAsFunction(_ index: Int) -> Int {
    precondition(index >= 0 && index < count, "index out of the permutation's range")
    var value = UInt64(index)
    repeat { value = encrypt(value) } while value >= UInt64(count)
    return Int(value)
  }

  private func encrypt(_ value: UInt64) -> UInt64 {
    var left = value >> UInt64(halfBits)
    var right = value & halfMask
    for round in UInt32(0)..<4 {
      let bits = Philox4x32.block(
        counter: (
          UInt32(truncatingIfNeeded: right), UInt32(truncatingIfNeeded: right >> 32),
          round, 0x5EED
        ),
        key: key)
      let mixed = (UInt64(bits.0) << 32 | UInt64(bits.1)) & halfMask
      (left, right) = (right, left ^ mixed)
    }
    return left << UInt64(halfBits) | right
  }
}
