import Foundation

/// One shard's share of a run: the tallies of its contiguous blocks and
/// its paths' figures, which ``Valuation/merge(_:options:parts:)`` puts
/// together, in block order, into the run one machine would have made.
public struct ShardPart: Codable, Sendable {
  /// From 1.
  public let part: Int
  public let parts: Int
  public let paths: Int
  public let seed: UInt64
  /// The blocks of ``Valuation/blockSize`` paths this shard simulated.
  public let blocks: Range<Int>
  let tallies: [BatchTally]
  /// Its paths' figures (``PathSamples/bytes(of:)``).
  let samples: Data

  /// The blocks of shard `part` of `parts` (from 1) for `paths` paths:
  /// contiguous, as even as whole blocks allow.
  public static func blocks(part: Int, of parts: Int, paths: Int) -> Range<Int> {
    let count = blockCount(paths: paths)
    return count * (part - 1) / parts..<count * part / parts
  }

  /// The blocks of a run of `paths` paths, the last one perhaps short.
  static func blockCount(paths: Int) -> Int {
    (paths + Valuation.blockSize - 1) / Valuation.blockSize
  }

  /// The paths of `blocks`.
  static func paths(of blocks: Range<Int>, in paths: Int) -> Range<Int> {
    min(
      blocks.lowerBound * Valuation.blockSize, paths)..<min(
        blocks.upperBound * Valuation.blockSize, paths)
  }
}
