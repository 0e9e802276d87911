/// Text made safe for a terminal: a name or a quoted value from a scenario
/// file could hold escape sequences that recolour, retitle or rewrite the
/// user's terminal.
public enum TerminalText {
  /// A table in plain text: columns aligned, the first `textColumns`
  /// (words) to the left, the others (figures) to the right.
  public static func table(header: [String], rows: [[String]], textColumns: Int = 1) -> String {
    ReportTable(header: header, rows: rows, textColumns: textColumns).text
  }

  /// `text` with every control character other than a line feed or a tab
  /// (C0, DEL and C1, the escape character among them) written as a visible
  /// `\u{…}` escape.
  public static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var safe = ""
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        safe += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        safe.unicodeScalars.append(scalar)
      }
    }
    return safe
  }

  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar != "\n", scalar != "\t" else { return false }
    return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
