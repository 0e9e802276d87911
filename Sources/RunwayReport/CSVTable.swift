import Foundation

/// A table written as CSV that spreadsheets open as is (RFC 4180): fields
/// separated by commas, rows by CRLF, and a field quoted (with its quotes
/// doubled) when it holds a comma, a quote or a line break.
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
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
