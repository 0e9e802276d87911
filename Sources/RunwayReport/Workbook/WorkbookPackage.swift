import Foundation
import ZIPFoundation

/// Writes sheets as an Office Open XML workbook (`.xlsx`): SpreadsheetML
/// parts in a ZIP package, with shared strings and the styles of
/// ``CellStyle``.
///
/// Formulas are stored without results and the workbook asks to be
/// recalculated on opening, so a spreadsheet shows what it computes
/// itself, never a figure Runway wrote in advance. Every entry carries the
/// same fixed date, so the same sheets make the same bytes.
struct WorkbookPackage {
  let sheets: [Worksheet]
  let currency: String
  let title: String

  /// The longest text a cell holds (Excel's limit).
  static let maximumTextLength = 32_767
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  func data() throws -> Data {
    var strings = SharedStrings()
    let sheetParts = sheets.map { Self.sheetXML($0, strings: &strings) }
    var parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", packageRelationships),
      ("docProps/core.xml", coreProperties),
      ("docProps/app.xml", appProperties),
      ("xl/workbook.xml", workbook),
      ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/styles.xml", WorkbookStyles.xml(currency: currency)),
      ("xl/sharedStrings.xml", strings.xml),
    ]
    for (index, part) in sheetParts.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", part))
    }
    let archive = try Archive(accessMode: .create)
    // 1980-01-01, the earliest date a ZIP entry can hold.
    let fixedDate = Date(timeIntervalSince1970: 315_532_800)
    for (path, text) in parts {
      let bytes = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
        compressionMethod: .deflate
      ) { position, size in
        bytes.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  private var contentTypes: String {
    let sheetTypes = sheets.indices.map {
      "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\""
        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }.joined()
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/xl/workbook.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
      \(sheetTypes)\
      <Override PartName="/xl/styles.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
      <Override PartName="/xl/sharedStrings.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
      <Override PartName="/docProps/core.xml" \
      ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
      <Override PartName="/docProps/app.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
      </Types>
      """
  }

  private var packageRelationships: String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(Self.relationshipNamespace)/officeDocument" \
    Target="xl/workbook.xml"/>\
    <Relationship Id="rId2" \
    Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
    Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="\(Self.relationshipNamespace)/extended-properties" \
    Target="docProps/app.xml"/>\
    </Relationships>
    """
  }

  private var coreProperties: String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <cp:coreProperties \
    xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
    xmlns:dc="http://purl.org/dc/elements/1.1/">\
    <dc:title>\(XMLText.escaped(title))</dc:title><dc:creator>Runway</dc:creator>\
    </cp:coreProperties>
    """
  }

  private var appProperties: String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Properties \
    xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
    <Application>Runway</Application></Properties>
    """
  }

  private var workbook: String {
    let entries = sheets.enumerated().map { index, sheet in
      "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }.joined()
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="\(Self.mainNamespace)" xmlns:r="\(Self.relationshipNamespace)">\
      <sheets>\(entries)</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>
      """
  }

  private var workbookRelationships: String {
    let count = sheets.count
    let sheetLinks = (1...count).map {
      "<Relationship Id=\"rId\($0)\" Type=\"\(Self.relationshipNamespace)/worksheet\""
        + " Target=\"worksheets/sheet\($0).xml\"/>"
    }.joined()
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      \(sheetLinks)\
      <Relationship Id="rId\(count + 1)" Type="\(Self.relationshipNamespace)/styles" \
      Target="styles.xml"/>\
      <Relationship Id="rId\(count + 2)" Type="\(Self.relationshipNamespace)/sharedStrings" \
      Target="sharedStrings.xml"/>\
      </Relationships>
      """
  }

  private static func sheetXML(_ sheet: Worksheet, strings: inout SharedStrings) -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">
      """
    // Printed landscape, as wide as a page.
    xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
    xml += "<sheetViews><sheetView workbookViewId=\"0\">"
    if sheet.frozenRows > 0 {
      xml +=
        "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\""
        + " activePane=\"bottomLeft\" state=\"frozen\"/>"
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
    for (index, width) in sheet.widths.enumerated() {
      xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
    }
    xml += "</cols><sheetData>"
    for (rowIndex, cells) in sheet.rows.enumerated() where !cells.isEmpty {
      let row = rowIndex + 1
      let height = sheet.heights[row].map { " ht=\"\($0)\" customHeight=\"1\"" } ?? ""
      xml += "<row r=\"\(row)\"\(height)>"
      for (column, cell) in cells.enumerated() {
        xml += cellXML(cell, at: CellAddress(row: row, column: column), strings: &strings)
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if let range = sheet.filtered { xml += "<autoFilter ref=\"\(range)\"/>" }
    if !sheet.merged.isEmpty {
      xml += "<mergeCells count=\"\(sheet.merged.count)\">"
      for (row, columns) in sheet.merged {
        let first = CellAddress(row: row, column: columns.lowerBound)
        xml +=
          "<mergeCell ref=\"\(first.through(CellAddress(row: row, column: columns.upperBound)))\"/>"
      }
      xml += "</mergeCells>"
    }
    xml += "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
    xml += "</worksheet>"
    return xml
  }

  private static func cellXML(
    _ cell: WorkbookCell, at address: CellAddress, strings: inout SharedStrings
  ) -> String {
    switch cell {
    case .empty:
      return ""
    case .text(let text, let style):
      let index = strings.index(of: CSVTable.neutralised(text))
      return "<c r=\"\(address)\" s=\"\(style.rawValue)\" t=\"s\"><v>\(index)</v></c>"
    case .sentence(let text):
      let index = strings.index(of: text)
      return "<c r=\"\(address)\" s=\"\(CellStyle.wrapped.rawValue)\" t=\"s\"><v>\(index)</v></c>"
    case .number(let value, let style):
      // A report never shows NaN: a figure that is not finite stays blank.
      guard value.isFinite else { return "<c r=\"\(address)\" s=\"\(style.rawValue)\"/>" }
      return "<c r=\"\(address)\" s=\"\(style.rawValue)\"><v>\(value)</v></c>"
    case .formula(let formula, let style):
      return "<c r=\"\(address)\" s=\"\(style.rawValue)\"><f>\(XMLText.escaped(formula))</f></c>"
    }
  }
}

/// The workbook's table of texts, each stored once and referred to by
/// its index.
private struct SharedStrings {
  private var indices: [String: Int] = [:]
  private var texts: [String] = []
  private var references = 0

  /// The index of `text`, cut to a cell's limit.
  mutating func index(of text: String) -> Int {
    references += 1
    var safe = text
    if safe.count > WorkbookPackage.maximumTextLength {
      safe = String(safe.prefix(WorkbookPackage.maximumTextLength - 1)) + "…"
    }
    if let index = indices[safe] { return index }
    texts.append(safe)
    indices[safe] = texts.count - 1
    return texts.count - 1
  }

  var xml: String {
    let items = texts.map { text in
      let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true
      return "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(XMLText.escaped(text))</t></si>"
    }.joined()
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="\(WorkbookPackage.mainNamespace)" count="\(references)" \
      uniqueCount="\(texts.count)">\(items)</sst>
      """
  }
}
