/// Text from a scenario file made inert in Markdown: a name or a source
/// could otherwise carry raw HTML, a link (`javascript:` among them), an
/// image or a line break that ends a table row into `summary.md`.
///
/// Only what opens such syntax is escaped, so that a pasted `--set` path
/// such as `tiers[0].rate` still reads as written: `<` (HTML, autolinks),
/// `](` (the middle of every inline link and image), `|` (a table's cell
/// separator) and `\` (which could escape the separator after it).
enum MarkdownText {
  /// `text` on one line, with the syntax above escaped by a backslash
  /// (which renderers drop).
  static func escaped(_ text: String) -> String {
    var escaped = ""
    var previous: Character?
    for character in text {
      if character.isNewline {
        escaped.append(" ")
      } else {
        if "\\<|".contains(character) || (character == "(" && previous == "]") {
          escaped.append("\\")
        }
        escaped.append(character)
      }
      previous = character
    }
    return escaped
  }
}
