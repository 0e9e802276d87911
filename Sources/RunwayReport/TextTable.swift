/// A plain-text table with aligned columns, for the terminal: the first
/// column left-aligned (labels), the others right-aligned (figures).
public struct TextTable: Sendable {
  public let header: [String]
  public let rows: [[String]]

  public init(header: [String], rows: [[String]]) {
    precondition(rows.allSatisfy { $0.count == header.count }, "every row has a cell per column")
    self.header = header
    self.rows = rows
  }

  public var text: String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 ? cell + padding : padding + cell
      }.joined(separator: "  ")
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
