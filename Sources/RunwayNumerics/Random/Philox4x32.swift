/// The Philox4x32-10 counter-based bijection of Salmon, Moraes, Dror and
/// Shaw, "Parallel random numbers: as easy as 1, 2, 3" (SC11).
///
/// A counter-based generator has no state to advance: the numbers for any
/// (key, counter) pair are computed directly. That is what lets a path's
/// draws depend only on the seed, the quantity's name and the path's index,
/// whatever thread or batch computes them.
///
/// Verified against: Random123's `kat_vectors` for `philox4x32 10`
/// (`Philox4x32Tests`). The block of many paths at once is the C kernel
/// `CPhilox` (``RandomStream/firstUniforms(paths:into:)``), with the same
/// constants and rounds, tested against this one.
public enum Philox4x32 {
  /// Four 32-bit words: a counter block in, a block of random bits out.
  public typealias Block = (UInt32, UInt32, UInt32, UInt32)

  @usableFromInline static let multiplier0: UInt32 = 0xD251_1F53
  @usableFromInline static let multiplier1: UInt32 = 0xCD9E_8D57
  @usableFromInline static let weyl0: UInt32 = 0x9E37_79B9  // golden ratio
  @usableFromInline static let weyl1: UInt32 = 0xBB67_AE85  // sqrt(3) - 1

  /// The ten-round bijection of `counter` under `key`.
  @inlinable
  public static func block(counter: Block, key: (UInt32, UInt32)) -> Block {
    var c = counter
    var k0 = key.0
    var k1 = key.1
    c = round(c, k0, k1)
    for _ in 1..<10 {
      k0 &+= weyl0
      k1 &+= weyl1
      c = round(c, k0, k1)
    }
    return c
  }

  @usableFromInline
  @inline(__always)
  static func round(_ c: Block, _ k0: UInt32, _ k1: UInt32) -> Block {
    let product0 = UInt64(multiplier0) &* UInt64(c.0)
    let product1 = UInt64(multiplier1) &* UInt64(c.2)
    let hi0 = UInt32(truncatingIfNeeded: product0 >> 32)
    let lo0 = UInt32(truncatingIfNeeded: product0)
    let hi1 = UInt32(truncatingIfNeeded: product1 >> 32)
    let lo1 = UInt32(truncatingIfNeeded: product1)
    return (hi1 ^ c.1 ^ k0, lo1, hi0 ^ c.3 ^ k1, lo0)
  }
}
