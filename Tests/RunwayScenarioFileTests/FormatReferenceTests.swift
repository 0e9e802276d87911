import Foundation
import RunwayScenarioFile
import Testing

/// `docs/scenario-format.md` stays true: its field reference is the one the
/// reader checks against, and every example in it validates.
struct FormatReferenceTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func document() throws -> String {
    try String(
      contentsOf: repository.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
  }

  /// The settings and the `aclf` program that the examples assume.
  static let preamble = Fixtures.settings
  static let program = Fixtures.program

  /// The ```` ```yaml example ```` blocks of the document.
  static func examples() throws -> [String] {
    let parts = try document().components(separatedBy: "```yaml example\n").dropFirst()
    return parts.map { $0.components(separatedBy: "```")[0] }
  }

  @Test func fieldReferenceMatchesTheReader() throws {
    let text = try Self.document()
    let begin = try #require(text.range(of: "<!-- BEGIN GENERATED REFERENCE -->\n\n"))
    let end = try #require(text.range(of: "\n<!-- END GENERATED REFERENCE -->"))
    #expect(
      String(text[begin.upperBound..<end.lowerBound]) == FormatReference.markdown(),
      "regenerate it with: swift run runway schema --format markdown")
  }

  @Test func everyExampleValidates() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 14)
    for example in examples {
      let needsProgram = !example.contains("\nprograms:") && !example.hasPrefix("programs:")
      let yaml = Self.preamble + (needsProgram ? Self.program : "") + example
      let result = ScenarioFile.parse(yaml, file: "example.yaml")
      if case .failure(let error) = result {
        Issue.record("example does not validate:\n\(example)\n\(error)")
      }
    }
  }

  @Test func everyInstrumentAndDealKindHasAnExample() throws {
    let text = try Self.examples().joined()
    for kind in [
      "subsidy", "recoverable-advance", "erdf", "equity", "loan", "out-licence", "supply",
      "co-development", "manufacturing", "distribution", "cash-flows",
    ] {
      #expect(text.contains("kind: \(kind)"), "no example of \(kind)")
    }
  }
}
