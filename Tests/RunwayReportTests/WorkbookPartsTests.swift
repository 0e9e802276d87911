import Testing

@testable import RunwayReport

/// The pieces the audit workbook is made of, against what Excel documents.
struct WorkbookPartsTests {
  /// Excel names columns A…Z, AA…ZZ, AAA…; its last, the 16,384th, is XFD.
  @Test func columnsAreNamedAsInExcel() {
    let names = [0, 25, 26, 51, 52, 701, 702, 16_383].map(CellAddress.letters)
    #expect(names == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
    #expect(CellAddress(row: 7, column: 1, sheet: "Flows").description == "Flows!B7")
  }

  /// Microsoft's DATE function: DATE(2008,1,1) is serial 39448; Unix's
  /// epoch, 1970-01-01, is 25569; noon is half a day.
  @Test func datesAreExcelSerials() {
    #expect(SpreadsheetDate.serial("2008-01-01") == 39_448)
    #expect(SpreadsheetDate.serial("1970-01-01") == 25_569)
    #expect(SpreadsheetDate.serial("2019-02-29") == nil)
    #expect(SpreadsheetDate.serial(instant: "2026-12-01T12:00:00Z") == 46_357.5)
  }

  /// XML's five special characters are escaped, and a control character,
  /// which XML 1.0 cannot hold, is left out.
  @Test func textIsSafeInXML() {
    #expect(
      XMLText.escaped("a<b & \"c\" 'd'>\u{1}\te")
        == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;\te")
  }

  /// Amounts carry the currency: a symbol before the figure where there is
  /// a common one, the ISO code after it otherwise.
  @Test func amountsCarryTheirCurrency() {
    #expect(WorkbookStyles.amountFormat("EUR") == "\"€\"#,##0;-\"€\"#,##0")
    #expect(WorkbookStyles.amountFormat("SEK") == "#,##0 \"SEK\";-#,##0 \"SEK\"")
  }
}
