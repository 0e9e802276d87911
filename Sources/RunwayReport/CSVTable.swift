import Foundation

/// A table written as CSV that spreadsheets open as is (RFC 4180): fields
/// separated by commas, rows by CRLF, and a field quoted (with its quotes
/// doubled) when it holds a comma, a quote or a line break.
///
/// A text field that a spreadsheet would run as a formula (one starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a
/// leading `'`, as OWASP advises against CSV injection; numbers, negative
/// ones included, are written as they are.
public struct CSVTable: Sendable {
  public let header: [String]
  public private(set) var rows: [[String]] = []

  public init(header: [String]) { self.header = header }

  public mutating func append(_ row: [String]) {
    precondition(row.count == header.count, "a CSV row has a field per column")
    rows.append(row)
  }

  public var text: String {
    ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
  }

  static func field(_ value: String) -> String {
    let value = neutralised(value)
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `value` with a leading `'` when a spreadsheet would read it as a
  /// formula rather than as text or a number.
  static func neutralised(_ value: String) -> String {
    guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
      Double(value) == nil
    else { return value }
    return "'" + value
  }
}
