import RunwayModel

extension Valuation {
  /// Shard `part` of `parts` (from 1) of a run: only its blocks' paths are
  /// simulated.
  ///
  /// Every draw depends only on the seed, the input and the path, and sums
  /// are taken per block, so the shards of a run, merged, are that run to
  /// the last bit.
  public static func shard(
    _ scenario: Scenario, options: Options = Options(), part: Int, of parts: Int,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(ValuationError) -> ShardPart {
    guard parts > 0, (1...parts).contains(part) else {
      throw .invalidOptions("a shard is K/N with 1 ≤ K ≤ N, got \(part)/\(parts)")
    }
    let run = try PreparedRun(scenario, options: options)
    let blocks = ShardPart.blocks(part: part, of: parts, paths: run.paths)
    let range = ShardPart.paths(of: blocks, in: run.paths)
    let samples = run.monteCarlo.makeSamples(periodSamplePaths: options.periodSamplePaths)
    let tallies = run.monteCarlo.blockTallies(range, into: samples, progress: progress)
    return ShardPart(
      part: part, parts: parts, paths: run.paths, seed: run.seed, blocks: blocks,
      tallies: tallies, samples: samples.bytes(of: range))
  }

  /// The run whose shards are `parts`: each block once, in order.
  public static func merge(_ scenario: Scenario, options: Options = Options(), parts: [ShardPart])
    throws(ValuationError) -> Simulation
  {
    var run = try PreparedRun(scenario, options: options)
    let ordered = parts.sorted { $0.blocks.lowerBound < $1.blocks.lowerBound }
    let blocks = ShardPart.blockCount(paths: run.paths)
    var next = 0
    for part in ordered {
      guard part.paths == run.paths, part.seed == run.seed, part.blocks.lowerBound == next,
        part.tallies.count == part.blocks.count
      else { throw .invalidOptions("shard \(part.part)/\(part.parts) does not fit the run") }
      next = part.blocks.upperBound
    }
    guard next == blocks else {
      throw .invalidOptions("the shards cover \(next) of the run's \(blocks) blocks")
    }
    let samples = run.monteCarlo.makeSamples(periodSamplePaths: options.periodSamplePaths)
    for part in ordered
    where !samples.fill(ShardPart.paths(of: part.blocks, in: run.paths), from: part.samples) {
      throw .invalidOptions("shard \(part.part)/\(part.parts) holds the wrong number of figures")
    }
    run.timings.end("Monte Carlo")
    return try run.finish(tally: run.monteCarlo.fold(ordered.flatMap(\.tallies)), samples: samples)
  }
}
