internal import CPhilox

/// The uniform numbers of one named uncertain quantity, addressed by path.
///
/// Each quantity (a variable, or a program's phase outcome) gets its own
/// Philox key, derived from the seed and the quantity's name. The counter
/// holds the path index and the draw's index within the path. So a number
/// depends on (seed, name, path, draw) and nothing else: not on threads,
/// batch sizes or shards, nor on which other quantities the scenario holds.
/// Adding a variable to a scenario leaves every other draw unchanged, which
/// is what makes two versions of a scenario comparable on common random
/// numbers.
public struct RandomStream: Hashable, Sendable {
  /// The Philox key of this stream.
  public let key: (UInt32, UInt32)

  /// The stream of the quantity `name` under `seed`.
  public init(seed: UInt64, name: String) {
    let mixed = Self.mix(Self.mix(seed) ^ Self.fnv1a(name))
    key = (UInt32(truncatingIfNeeded: mixed), UInt32(truncatingIfNeeded: mixed >> 32))
  }

  /// Two uniforms in the open interval (0, 1) for `path`, block `block`.
  ///
  /// Draw `2·block` and `2·block + 1` of the path. Each uses 52 random bits
  /// and is centred in its bin, so it lies in [2⁻⁵³, 1 − 2⁻⁵³]: both ends
  /// are exact doubles, neither 0 nor 1 can come out, and the inverse CDF
  /// of every distribution stays finite.
  @inlinable
  public func uniformPair(path: UInt64, block: UInt32) -> (Double, Double) {
    let bits = Philox4x32.block(
      counter: (block, 0, UInt32(truncatingIfNeeded: path), UInt32(truncatingIfNeeded: path >> 32)),
      key: key)
    let first = (UInt64(bits.0) << 32 | UInt64(bits.1)) >> 12
    let second = (UInt64(bits.2) << 32 | UInt64(bits.3)) >> 12
    return (Self.unitInterval(first), Self.unitInterval(second))
  }

  /// The uniform number `draw` (0, 1, 2, …) of `path`.
  @inlinable
  public func uniform(path: UInt64, draw: UInt32) -> Double {
    let pair = uniformPair(path: path, block: draw / 2)
    return draw % 2 == 0 ? pair.0 : pair.1
  }

  /// The first uniform (draw 0) of each of `paths`, into `buffer` from its
  /// start: the numbers of ``uniform(path:draw:)``, for a sampler that
  /// draws an input for a block of paths, computed by a vectorised C
  /// kernel (`CPhilox`) with the same integer arithmetic.
  public func firstUniforms(paths: Range<Int>, into buffer: UnsafeMutableBufferPointer<Double>) {
    precondition(buffer.count >= paths.count, "room for every path")
    guard let start = buffer.baseAddress, !paths.isEmpty else { return }
    runway_philox_first_uniforms(
      key.0, key.1, UInt64(paths.lowerBound), Int64(paths.count), start)
  }

  /// Fills `buffer` with the first `buffer.count` uniforms of `path`.
  @inlinable
  public func fill(_ buffer: inout [Double], path: UInt64) {
    var index = 0
    var block: UInt32 = 0
    while index < buffer.count {
      let pair = uniformPair(path: path, block: block)
      buffer[index] = pair.0
      if index + 1 < buffer.count { buffer[index + 1] = pair.1 }
      index += 2
      block += 1
    }
  }

  @usableFromInline
  @inline(__always)
  static func unitInterval(_ bits52: UInt64) -> Double {
    (Double(bits52) + 0.5) * 0x1p-52
  }

  /// SplitMix64's finaliser (Steele, Lea and Flood, 2014): spreads every
  /// input bit over the whole word.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// FNV-1a over the name's UTF-8 bytes: a stable hash (Swift's `Hasher` is
  /// seeded per process, so it would break reproducibility).
  static func fnv1a(_ name: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01B3
    }
    return hash
  }

  public static func == (lhs: RandomStream, rhs: RandomStream) -> Bool {
    lhs.key == rhs.key
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(key.0)
    hasher.combine(key.1)
  }
}
