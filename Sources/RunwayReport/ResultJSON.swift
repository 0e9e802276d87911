import Foundation
import RunwayEngine

/// A result as the JSON of the contract: keys sorted, so that two runs
/// diff cleanly, and amounts as plain numbers.
public enum ResultJSON {
  public static func encode(_ result: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(result), as: UTF8.self)
  }
}
