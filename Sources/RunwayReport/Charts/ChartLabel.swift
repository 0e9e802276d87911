import Plot

/// A name beside a chart's bar, on at most two lines so that it is never
/// cut short where it fits.
enum ChartLabel {
  /// Characters that fit the names' margin on one line (11 px text, at
  /// most 6.6 px a character, in a 262 px margin).
  static let lineLength = 38

  /// `name` on at most two lines, broken at the space nearest the middle;
  /// longer still, the second line ends in "…".
  static func lines(_ name: String) -> [String] {
    guard name.count > lineLength else { return [name] }
    let characters = Array(name)
    let spaces = characters.indices.filter { characters[$0] == " " && $0 <= lineLength }
    guard let cut = spaces.min(by: { abs($0 - name.count / 2) < abs($1 - name.count / 2) })
    else { return [String(characters.prefix(lineLength - 1)) + "…"] }
    let rest = String(characters[(cut + 1)...])
    let second = rest.count > lineLength ? String(rest.prefix(lineLength - 1)) + "…" : rest
    return [String(characters[..<cut]), second]
  }

  /// The labels of `name`, right-aligned at `x` and centred on `y`.
  static func nodes(_ name: String, x: Double, y: Double) -> [Node<SVG>] {
    let lines = lines(name)
    return lines.enumerated().map { index, line in
      .label(
        line, x: x, y: y + (Double(index) - Double(lines.count - 1) / 2) * 12, anchor: "end",
        className: "name")
    }
  }
}
