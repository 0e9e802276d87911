/// The workbook's `styles.xml`: a regular and a bold font, and one cell
/// format for each ``CellStyle``, in its order, each aligned to the top so
/// that a label stays beside the first line of a wrapped sentence.
enum WorkbookStyles {
  /// The number format of amounts in `currency` (an ISO code): its symbol
  /// before the figure where it has a common one, its code after it
  /// otherwise.
  static func amountFormat(_ currency: String) -> String {
    let symbols = ["EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF "]
    let unit = symbols[currency].map { "\"\($0)\"" }
    let figure = "#,##0"
    if let unit { return "\(unit)\(figure);-\(unit)\(figure)" }
    return "\(figure) \"\(currency)\";-\(figure) \"\(currency)\""
  }

  static func xml(currency: String) -> String {
    let formats = [
      (164, amountFormat(currency)), (165, "yyyy-mm-dd"), (166, "0.0%"), (167, "0.000000"),
      (168, "yyyy-mm-dd hh:mm:ss"),
    ]
    let numberFormats = formats.map {
      "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(XMLText.escaped($0.1))\"/>"
    }.joined()
    let cellFormats = CellStyle.allCases.map { style in
      "<xf numFmtId=\"\(style.numberFormat)\" fontId=\"\(style.isBold ? 1 : 0)\" fillId=\"0\""
        + " borderId=\"0\" xfId=\"0\"\(style.numberFormat == 0 ? "" : " applyNumberFormat=\"1\"")"
        + "\(style.isBold ? " applyFont=\"1\"" : "") applyAlignment=\"1\">"
        + "<alignment vertical=\"top\"\(style == .wrapped ? " wrapText=\"1\"" : "")/></xf>"
    }.joined()
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
      <numFmts count="\(formats.count)">\(numberFormats)</numFmts>\
      <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
      <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
      <fills count="2"><fill><patternFill patternType="none"/></fill>\
      <fill><patternFill patternType="gray125"/></fill></fills>\
      <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
      <cellXfs count="\(CellStyle.allCases.count)">\(cellFormats)</cellXfs>\
      <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
      </styleSheet>
      """
  }
}
