import Foundation
import Testing

/// `runway run --shard K/N` and `runway merge`: the shards of a run, merged,
/// are the run to the last bit, and a missing, repeated, foreign or altered
/// partial result is refused by name.
struct ShardCommandTests {
  static let scenario = "scenarios/bench-portfolio.yaml"
  /// 20 blocks of 1,024 paths (the last one short): 3 and 7 shards do not
  /// divide them.
  static let paths = ["--paths", "20000"]

  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("runway-shards-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Shards `numbers` of `parts`, written in `folder`; their paths.
  static func shards(
    _ numbers: ClosedRange<Int>, of parts: Int, in folder: URL, _ extra: [String] = []
  ) throws -> [String] {
    try numbers.map { part in
      let file = folder.appendingPathComponent("shard-\(part)-of-\(parts)\(extra.joined()).json")
      let run = try RunwayProcess.run(
        ["run", scenario] + paths + extra + ["--shard", "\(part)/\(parts)", "--out", file.path])
      #expect(run.status == 0, "\(run.standardError)")
      return file.path
    }
  }

  @Test(arguments: [1, 2, 3, 7])
  func mergedShardsAreTheRunBitForBit(_ parts: Int) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let whole = folder.appendingPathComponent("whole")
    #expect(
      try RunwayProcess.run(["run", Self.scenario] + Self.paths + ["--out", whole.path]).status == 0
    )
    let merged = folder.appendingPathComponent("merged")
    // In reverse order: the merge puts the blocks in theirs.
    let files = try Self.shards(1...parts, of: parts, in: folder).reversed()
    let merge = try RunwayProcess.run(["merge"] + files + ["--out", merged.path])
    #expect(merge.status == 0, "\(merge.standardError)")
    let one = try Data(contentsOf: whole.appendingPathComponent("result.json"))
    let other = try Data(contentsOf: merged.appendingPathComponent("result.json"))
    #expect(one == other, "\(parts) shards")
  }

  @Test func aMissingRepeatedForeignOrAlteredShardIsNamed() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try Self.shards(1...3, of: 3, in: folder)
    let foreign = try Self.shards(2...2, of: 3, in: folder, ["--seed", "7"])[0]
    let altered = folder.appendingPathComponent("altered.json")
    try String(contentsOfFile: files[1], encoding: .utf8)
      .replacingOccurrences(of: "\"seed\":2026", with: "\"seed\":2027")
      .write(to: altered, atomically: true, encoding: .utf8)
    let cases: [([String], String)] = [
      ([files[0], files[2]], "shard 2/3 of \(Self.scenario) is missing"),
      ([files[0], files[1], files[1], files[2]], "are both shard 2/3"),
      ([files[0], foreign, files[2]], "does not belong with \(files[0]): its seed is 7, not 2026"),
      ([files[0], altered.path, files[2]], "its checksum does not match"),
    ]
    for (inputs, message) in cases {
      let merge = try RunwayProcess.run(
        ["merge"] + inputs + ["--out", folder.appendingPathComponent("merged").path])
      #expect(merge.status != 0)
      #expect(merge.standardError.contains(message), "\(merge.standardError)")
    }
  }
}
