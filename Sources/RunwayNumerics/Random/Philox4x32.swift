/// The Philox4x32-10 counter-based bijection of Salmon, Moraes, Dror and
/// Shaw, "Parallel random numbers: as easy as 1, 2, 3" (SC11).
///
/// A counter-based generator has no state to advance: the numbers for any
/// (key, counter) pair are computed directly. That is what lets a path's
/// draws depend only on the seed, the quantity's name and the path's index,
/// whatever thread or batch computes them.
///
/// Verified against: Random123's `kat_vectors` for `philox4x32 10`
/// (`Philox4x32Tests`).
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

  /// Four counter blocks at once, lane by lane the same bits as ``block(counter:key:)``.
  ///
  /// Each 32-bit word sits in a 64-bit lane, so that the 32×32-bit
  /// products need no conversion and vectorise. Four, not eight: the state
  /// of eight fills every SSE register and spills.
  @inlinable
  public static func blocks(
    _ c0: SIMD4<UInt64>, _ c1: SIMD4<UInt64>, _ c2: SIMD4<UInt64>, _ c3: SIMD4<UInt64>,
    key: (UInt32, UInt32)
  ) -> (SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>) {
    let low = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
    var c = (c0, c1, c2, c3)
    var k0 = UInt64(key.0)
    var k1 = UInt64(key.1)
    for round in 0..<10 {
      if round > 0 {
        k0 = (k0 &+ UInt64(weyl0)) & 0xFFFF_FFFF
        k1 = (k1 &+ UInt64(weyl1)) & 0xFFFF_FFFF
      }
      // Masked, so that the compiler sees 32×32-bit products (one
      // `pmuludq` a pair of lanes) rather than 64-bit ones.
      let product0 = (c.0 & low) &* UInt64(multiplier0)
      let product1 = (c.2 & low) &* UInt64(multiplier1)
      c = (
        (product1 &>> 32) ^ c.1 ^ k0, product1 & low, (product0 &>> 32) ^ c.3 ^ k1,
        product0 & low
      )
    }
    return c
  }
}
