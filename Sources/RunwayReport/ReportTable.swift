import Foundation

/// A table of formatted cells, rendered as Markdown, HTML or aligned text:
/// its first `textColumns` columns are words, the others figures; a
/// caption, if any, is a sentence before it.
struct ReportTable {
  let header: [String]
  let rows: [[String]]
  var textColumns = 1
  var caption: String?

  /// The table in Markdown; every cell is made inert (``MarkdownText``).
  var markdown: String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map(MarkdownText.escaped).joined(separator: " | ") + " |"
    }
    let rule = "| " + header.map { _ in "---" }.joined(separator: " | ") + " |"
    let table = ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    return caption.map { "\(MarkdownText.escaped($0))\n\n" + table } ?? table
  }

  /// A two-column table (label, value) as a Markdown list, one
  /// `- label: value` line per row: how the provenance reads in Markdown.
  var markdownList: [String] {
    rows.map { "- \(MarkdownText.escaped($0[0])): \(MarkdownText.escaped($0[1]))" }
  }

  /// The table in plain text for the terminal: columns aligned, words to
  /// the left and figures to the right.
  var text: String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column < textColumns ? cell + padding : padding + cell
      }.joined(separator: "  ")
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
