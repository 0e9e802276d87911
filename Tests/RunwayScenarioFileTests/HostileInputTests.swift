import Foundation
import RunwayScenarioFile
import Testing

/// The files a reliability test found that the validator accepted and
/// `run` then crashed or hung on (issue 13): each is now refused at its
/// line, in bounded time.
struct HostileInputTests {
  /// Lines 1–9 are the settings, 10–23 the program, 24–32 its market
  /// (`Fixtures`): line numbers below count on from there.
  static let base =
    Fixtures.settings + Fixtures.program.replacingOccurrences(of: "\n\n", with: "\n") + """
          market:
            launchLag: 6 months
            peakSales: 100M
            yearsToPeak: 6
            lossOfExclusivity: 2035
            erosion: 20%
            cogs: 10%
            operatingCosts: 30%

      """

  /// `base` with `old` replaced by `new` (once), and its diagnostics.
  static func diagnosticsAfter(_ old: String, _ new: String) -> [String] {
    #expect(base.contains(old), "the fixture holds \(old)")
    return diagnostics(base.replacingOccurrences(of: old, with: new))
  }

  @Test func baseIsValid() {
    #expect(diagnostics(Self.base) == [])
  }

  /// Each reproducer of the issue, the place it is now refused at, and
  /// the words that say why.
  @Test(arguments: [
    ("peakSales: 100M", "peakSales: 1e19", "t.yaml:26:18:", "an amount must lie in 0…1e15"),
    ("peakSales: 100M", "peakSales: 1e300", "t.yaml:26:18:", "an amount must lie in 0…1e15"),
    (
      "peakSales: 100M", "peakSales: {distribution: lognormal, median: 250M, p90: 1e15}",
      "t.yaml:26:18:", "lognormal that draws values in [0, 1.433e+51]"
    ),
    ("discountRate: 12%", "discountRate: -99.9%", "t.yaml:7:17:", "a rate must lie in -20%…1000%"),
    ("discountRate: 12%", "discountRate: -99.9999%", "t.yaml:7:17:", "a rate must lie in"),
    ("USD: 0.92", "USD: USD 0.9", "t.yaml:9:10:", "is written in USD; an exchange rate is a plain"),
    (
      "cost: 12M", "cost: {distribution: beta, alpha: 2, beta: 1e20, min: 1M, max: 20M}",
      "t.yaml:17:15:", "beta needs alpha and beta in (0, 10000]"
    ),
    (
      "cost: 12M", "cost: {distribution: pert, min: 1M, mode: 2M, max: 20M, shape: 1e300}",
      "t.yaml:17:72:", "a PERT's shape lies in (0, 10000]"
    ),
    ("cost: 12M", "cost: 1e308M", "t.yaml:17:15:", "found '1e308M'"),
    ("duration: 30 months", "duration: inf years", "t.yaml:16:19:", "found 'inf years'"),
    ("duration: 30 months", "duration: nan years", "t.yaml:16:19:", "found 'nan years'"),
    (
      "cost: 12M", "cost: {distribution: normal, mean: 0, sd: 1e-300, lower: 5, upper: 6}",
      "t.yaml:17:15:", "truncation leaves no value of the distribution"
    ),
    (
      "cost: 12M", "cost: {distribution: uniform, min: 0, max: 1e15, lower: 0, upper: 1e-6}",
      "t.yaml:17:15:", "has no probability between"
    ),
    ("horizon: 2040", "horizon: &h 2040", "t.yaml:6:12:", "defines the YAML anchor &h"),
    ("cogs: 10%", "cogs: 10%\n      cogs: 11%", "t.yaml:31:7:", "cogs is written twice"),
    ("id: demo", "id: \"---\"", "t.yaml:2:7:", "an id is kebab-case"),
    ("id: demo", "id: démo", "t.yaml:2:7:", "an id is kebab-case"),
  ])
  func isRefusedAtItsLine(old: String, new: String, place: String, words: String) {
    let found = Self.diagnosticsAfter(old, new)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.hasPrefix(place + " error: ") == true, "\(found)")
    #expect(found.first?.contains(words) == true, "\(found)")
  }

  /// Two rates written in each other's currency would convert for ever.
  @Test func aCycleOfExchangeRatesIsRefused() {
    let found = Self.diagnosticsAfter("    USD: 0.92\n", "    USD: JPY 100\n    JPY: USD 0.01\n")
    #expect(
      found == [
        "t.yaml:9:10: error: scenario.fx.USD is written in JPY; an exchange rate is a plain number of EUR per USD",
        "t.yaml:10:10: error: scenario.fx.JPY is written in USD; an exchange rate is a plain number of EUR per JPY",
      ])
  }

  /// 432 bytes that expand to 10^9 strings once their aliases are
  /// resolved: refused at the first anchor, before anything is composed.
  @Test func aBillionLaughsIsRefusedAtOnce() {
    var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    for (name, previous) in zip("bcdefghi", "abcdefgh") {
      let items = Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
      text += "\(name): &\(name) [\(items)]\n"
    }
    #expect(
      diagnostics(text) == [
        "t.yaml:1:4: error: a defines the YAML anchor &a; scenario files do not support anchors and aliases: write each value out, or name a shared number as a variable and use $name"
      ])
  }

  /// An alias alone (its anchor in a part the reader never reaches) is
  /// refused at its own line too.
  @Test func anAliasIsRefusedAtItsLine() {
    let found = diagnostics("x: 1\ny: *missing\n")
    #expect(found.first?.hasPrefix("t.yaml:2:4: error: y uses the YAML alias *missing") == true)
  }

  /// U+2028 is a line break to libyaml and not to an editor: every later
  /// line number would be off by one.
  @Test func unicodeLineSeparatorsAreRefusedWhereTheyStand() {
    let text = Self.base.replacingOccurrences(of: "name: Demo", with: "name: \"De\u{2028}mo\"")
    #expect(
      diagnostics(text).first
        == "t.yaml:3:12: error: holds the Unicode line separator U+2028, which YAML counts as a line break and editors do not; replace it with a new line or a space"
    )
  }

  /// A discrete with a million values took 15 s to read; a list is now at
  /// most 10,000 items, refused in linear time at the item beyond.
  @Test func aMillionValueListIsRefusedQuickly() {
    let values = Array(repeating: "1", count: 1_000_000).joined(separator: ",")
    let text = Self.base.replacingOccurrences(
      of: "cost: 12M", with: "cost: {distribution: discrete, values: [\(values)], weights: [1]}")
    let found = diagnostics(text)
    #expect(found.count == 1)
    // The 10,001st value: "cost: {…values: [" then 10,000 values of two
    // characters each.
    let column = "        cost: {distribution: discrete, values: [".count + 1 + 10_000 * 2
    #expect(
      found.first?.hasPrefix(
        "t.yaml:17:\(column): error: programs.aclf.phases[0].cost.values makes a list of more than 10000 items"
      ) == true, "\(found)")
  }

  /// A kind that is not a word is named as such, at its own line.
  @Test func aKindThatIsAListSaysSo() {
    let text =
      Fixtures.settings + """
        funding:
          grant:
            kind: [1, 2]
            amount: 1M

        """
    #expect(
      diagnostics(text) == [
        "t.yaml:12:11: error: funding.grant.kind expected one of subsidy, recoverable-advance, erdf, equity, loan, found a list"
      ])
  }
}
