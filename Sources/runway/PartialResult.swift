import ArgumentParser
import Crypto
import Foundation
import RunwayEngine
import RunwayModel
import RunwayReport
import RunwayScenarioFile

/// A shard's partial result on disk: the shard (``ShardPart``) with what
/// it was run on (the scenario's text, its SHA-256, the overrides, the
/// version) and a checksum of the shard, so that `runway merge` can tell
/// which files belong together and which were changed or cut short.
struct PartialResult: Codable {
  static let format = "runway-partial/1"

  var format: String
  var scenarioFile: String
  var sha256: String
  var scenarioText: String
  var overrides: [String]
  var version: String
  /// SHA-256 of the shard as encoded.
  var checksum: String
  var shard: ShardPart

  /// Simulates shard `number` of `loaded` and writes its partial result
  /// to `path` (by default `<scenario id>.shard-K-of-N.json`), atomically.
  static func write(
    _ number: ShardNumber, of loaded: LoadedScenario, options: SimulationOptions, to path: String?
  ) throws {
    let part = try loaded.shard(number, options.valuation)
    let partial = PartialResult(
      format: format, scenarioFile: loaded.file, sha256: loaded.sha256,
      scenarioText: String(decoding: loaded.data, as: UTF8.self), overrides: loaded.overrides,
      version: Runway.configuration.version, checksum: try checksum(of: part), shard: part)
    let file =
      path
      ?? "\(loaded.scenario.settings.id).shard-\(number.part)-of-\(number.parts).json"
    do {
      try encoder.encode(partial).write(to: URL(fileURLWithPath: file), options: .atomic)
    } catch {
      throw CommandLineError("the partial result cannot be written to \(file): \(error)")
    }
    printToStandardError(
      "shard \(number): blocks \(part.blocks.lowerBound)..<\(part.blocks.upperBound) of "
        + "\(part.paths) paths written to \(file)")
  }

  /// The partial results in `files`, checked to belong together and to
  /// hold every shard once; the scenario they were run on.
  static func read(_ files: [String]) throws -> (loaded: LoadedScenario, parts: [ShardPart]) {
    var partials: [(file: String, partial: PartialResult)] = []
    for file in files {
      let partial: PartialResult
      do {
        partial = try JSONDecoder().decode(
          PartialResult.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
      } catch {
        throw CommandLineError("\(file) is not a Runway partial result: \(error)")
      }
      guard partial.format == format else {
        throw CommandLineError("\(file) is a \(partial.format) file, not \(format)")
      }
      guard try checksum(of: partial.shard) == partial.checksum else {
        throw CommandLineError("\(file): its checksum does not match: the file was changed")
      }
      partials.append((file, partial))
    }
    guard let (firstFile, first) = partials.first else {
      throw CommandLineError("runway merge needs the partial results of runway run --shard K/N")
    }
    for (file, partial) in partials.dropFirst() {
      let differences = [
        ("scenario file's SHA-256", partial.sha256, first.sha256),
        (
          "overrides", partial.overrides.joined(separator: " "),
          first.overrides.joined(separator: " ")
        ),
        ("Runway version", partial.version, first.version),
        ("seed", String(partial.shard.seed), String(first.shard.seed)),
        ("paths", String(partial.shard.paths), String(first.shard.paths)),
        ("number of shards", String(partial.shard.parts), String(first.shard.parts)),
      ].filter { $0.1 != $0.2 }
      if let (name, theirs, ours) = differences.first {
        throw CommandLineError(
          "\(file) does not belong with \(firstFile): its \(name) is \(theirs), not \(ours)")
      }
    }
    var seen: [Int: String] = [:]
    for (file, partial) in partials {
      if let other = seen[partial.shard.part] {
        throw CommandLineError(
          "\(other) and \(file) are both shard \(partial.shard.part)/\(partial.shard.parts)")
      }
      seen[partial.shard.part] = file
    }
    let parts = first.shard.parts
    let missing = (1...parts).filter { seen[$0] == nil }
    if !missing.isEmpty {
      throw CommandLineError(
        "shard\(missing.count == 1 ? "" : "s") "
          + missing.map { "\($0)/\(parts)" }.joined(separator: ", ")
          + " of \(first.scenarioFile) \(missing.count == 1 ? "is" : "are") missing: run "
          + missing.map { "runway run \(first.scenarioFile) --shard \($0)/\(parts)" }
          .joined(separator: "; ") + " (with the same --paths, --seed and --set)")
    }
    let data = Data(first.scenarioText.utf8)
    let overrides = first.overrides.compactMap(Override.init(argument:))
    let (scenario, warnings) = try ScenarioFile.parse(
      data, file: first.scenarioFile, overrides: overrides
    ).get()
    let loaded = LoadedScenario(
      file: first.scenarioFile, data: data, scenario: scenario,
      warnings: warnings.map { "\($0.field) \($0.message)" }, overrides: first.overrides)
    return (loaded, partials.map(\.partial.shard))
  }

  private static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    // A non-finite tally reaches the merge, which names its component.
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return encoder
  }

  private static func checksum(of part: ShardPart) throws -> String {
    SHA256.hash(data: try encoder.encode(part)).map { String(format: "%02x", $0) }.joined()
  }
}
