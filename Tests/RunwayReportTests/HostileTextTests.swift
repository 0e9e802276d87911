import Foundation
import Testing

@testable import RunwayReport

/// Text from a scenario file that tries to act in a spreadsheet, a
/// Markdown viewer or a terminal is written as inert text; amounts of any
/// finite size are written without trapping.
struct HostileTextTests {
  /// OWASP's CSV injection advice: a leading `'` before `=`, `+`, `-`,
  /// `@`, tab and carriage return; numbers stay numbers.
  @Test(arguments: [
    ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+1+2", "'+1+2"), ("-x", "'-x"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tcmd", "'\tcmd"), ("\rcmd", "\"'\rcmd\""),
    ("-1250000.5", "-1250000.5"),
    ("+3", "+3"), ("plain", "plain"),
  ])
  func csvCellsCannotRunAsFormulas(cell: String, written: String) {
    #expect(CSVTable.field(cell) == written)
  }

  @Test func markdownCannotCarryHTMLLinksOrNewLines() {
    #expect(MarkdownText.escaped("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>")
    #expect(
      MarkdownText.escaped("[board](javascript:alert(1))") == "[board]\\(javascript:alert(1))")
    #expect(MarkdownText.escaped("![x](http://e.x/t.png)") == "![x]\\(http://e.x/t.png)")
    #expect(MarkdownText.escaped("a | b\nc\\") == "a \\| b c\\\\")
    // A --set path reads as written.
    #expect(MarkdownText.escaped("royalty.tiers[0].rate=9%") == "royalty.tiers[0].rate=9%")
    let table = ReportTable(header: ["name"], rows: [["<b>x</b>\n| y"]])
    #expect(table.markdown == "| name |\n| --- |\n| \\<b>x\\</b> \\| y |\n")
  }

  @Test func terminalEscapesAreShownNotObeyed() {
    #expect(TerminalText.safe("\u{1B}[31mred\u{07}") == "\\u{1B}[31mred\\u{7}")
    #expect(TerminalText.safe("C1 \u{9B}2J") == "C1 \\u{9B}2J")
    #expect(TerminalText.safe("tab\tand\nline") == "tab\tand\nline")
  }

  /// 2^63 and beyond trapped in the conversion to Int.
  @Test func amountsBeyondAnIntAreWrittenInFull() {
    #expect(AmountFormat.grouped(1e19) == "10,000,000,000,000,000,000")
    #expect(AmountFormat.grouped(-1e19, decimals: 2) == "-10,000,000,000,000,000,000.00")
    #expect(AmountFormat.grouped(0x1p63) == "9,223,372,036,854,775,808")
    #expect(AmountFormat.compact(1.5e21, symbol: "€") == "€1,500,000,000,000bn")
    #expect(AmountFormat.figure(-3e300).hasPrefix("-3,000,000,000"))
    // Below 2^53 the figures are as before.
    #expect(AmountFormat.grouped(1_234_567.891, decimals: 2) == "1,234,567.89")
  }
}
