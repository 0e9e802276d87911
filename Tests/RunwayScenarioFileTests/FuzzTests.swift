import Foundation
import RunwayScenarioFile
import Testing

/// Thousands of mutated scenario files thrown at the reader: each must come
/// back as a scenario or as diagnostics, never as a crash or a hang.
struct FuzzTests {
  /// SplitMix64 (Steele, Lea and Flood, 2014): a small seeded generator,
  /// so that a failing mutation can be replayed from its index.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let base =
    Fixtures.settings + Fixtures.program + """
      variables:
        peak: {distribution: pert, min: 80M, mode: 120M, max: 200M}
        alias: $peak
      correlations:
        - between: [peak, alias]
          value: 0.3
      funding:
        rca: {kind: recoverable-advance, program: aclf, share: 60%, ceiling: 19.5M, royalty: 0.3%}
        feder: {kind: erdf, program: aclf, euShare: 40%, claimLag: 6 months}
      packages:
        walloon: {total: 22.1M, instruments: [rca, feder]}
      deals:
        lifeliver:
          kind: out-licence
          counterparty: LifeLiver
          program: aclf
          signed: 2016-06-01
          upfront: 1M
          royalty:
            tiers:
              - rate: 8%
              - from: 50M
                rate: 10%

      """

  /// Pieces a mutation inserts: YAML syntax, odd numbers and references.
  static let tokens = [
    ":", "-", "[", "]", "{", "}", "&a", "*a", "!!binary", "'", "\"", "#", " ", "\t", "\n", "$",
    "$peak", "$nothing", "1e999", "-1", "NaN", "nan", "~", "null", "1bn", "%", "x", "2016-02-30",
    "9999-Q9", "USD", "EUX 3M", "distribution: beta", "<<: *a", "? ", "|", ">",
  ]

  static func mutate(_ text: String, using generator: inout SplitMix64) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<Int.random(in: 1...4, using: &generator) {
      let index = Int.random(in: 0..<lines.count, using: &generator)
      switch Int.random(in: 0..<6, using: &generator) {
      case 0: lines.remove(at: index)
      case 1: lines.insert(lines[index], at: index)
      case 2: lines[index] = "  " + lines[index]
      case 3: lines[index] = String(lines[index].dropFirst(2))
      case 4:
        let line = lines[index]
        let cut = line.index(
          line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &generator))
        lines[index] =
          String(line[..<cut]) + tokens[Int.random(in: 0..<tokens.count, using: &generator)]
          + String(line[cut...])
      default:
        let line = lines[index]
        lines[index] = String(line.prefix(Int.random(in: 0...line.count, using: &generator)))
      }
      if lines.isEmpty { lines = [""] }
    }
    return lines.joined(separator: "\n")
  }

  @Test func baseScenarioIsValid() throws {
    _ = try ScenarioFile.parse(Self.base, file: "t.yaml").get()
  }

  @Test func thousandsOfMutationsNeverCrash() {
    var generator = SplitMix64(state: 2026)
    var outcomes = (valid: 0, invalid: 0)
    for _ in 0..<3_000 {
      let mutated = Self.mutate(Self.base, using: &generator)
      switch ScenarioFile.parse(mutated, file: "t.yaml") {
      case .success: outcomes.valid += 1
      case .failure(let error):
        outcomes.invalid += 1
        // An invalid file always says where and why.
        #expect(!error.diagnostics.isEmpty)
      }
    }
    #expect(outcomes.valid + outcomes.invalid == 3_000)
    #expect(outcomes.invalid > 1_000)
  }
}
