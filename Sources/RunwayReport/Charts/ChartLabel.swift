import Plot

/// A name beside a chart's bar, wrapped on as many lines as it needs so
/// that it is never cut short; the rows grow to hold the longest.
enum ChartLabel {
  /// Characters that fit the names' margin on one line (11 px text, at
  /// most 6.6 px a character, in a 262 px margin).
  static let lineLength = 38
  /// The distance between two lines of a name.
  static let lineHeight = 12.0

  /// `name` on the fewest lines of at most ``lineLength`` characters,
  /// broken at spaces (a longer word at the margin), the lines as even as
  /// those allow.
  static func lines(_ name: String) -> [String] {
    let fewest = wrapped(name, width: lineLength).count
    // The narrowest width that still needs no more lines evens them out.
    let even = (name.count + fewest - 1) / fewest
    return (even...lineLength).lazy.map { wrapped(name, width: $0) }.first {
      $0.count == fewest
    } ?? wrapped(name, width: lineLength)
  }

  /// `name` broken greedily into lines of at most `width` characters.
  private static func wrapped(_ name: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in name.split(separator: " ") {
      var word = Substring(word)
      if !line.isEmpty, line.count + 1 + word.count <= width {
        line += " " + word
        continue
      }
      if !line.isEmpty { lines.append(line) }
      while word.count > width {
        lines.append(String(word.prefix(width)))
        word = word.dropFirst(width)
      }
      line = String(word)
    }
    return lines + (line.isEmpty ? [] : [line])
  }

  /// The height of a row that holds each of `names` beside a bar of at
  /// least `bar` pixels.
  static func rowHeight(_ names: [String], bar: Double) -> Double {
    let most = names.map { lines($0).count }.max() ?? 1
    return max(bar, Double(most) * lineHeight + 6)
  }

  /// The labels of `name`, right-aligned at `x` and centred on `y`.
  static func nodes(_ name: String, x: Double, y: Double) -> [Node<SVG>] {
    let lines = lines(name)
    return lines.enumerated().map { index, line in
      .label(
        line, x: x, y: y + (Double(index) - Double(lines.count - 1) / 2) * lineHeight,
        anchor: "end", className: "name")
    }
  }

  /// A bar row's labels: its `name` wrapped left of the plot, its `value`
  /// at the chart's right edge, both centred on the row at `top`.
  static func row(
    _ name: String, value: String, top: Double, height: Double, in area: PlotArea
  ) -> [Node<SVG>] {
    let middle = top + height / 2 + 4
    return nodes(name, x: area.left - 8, y: middle) + [
      .label(value, x: area.width - 4, y: middle, anchor: "end", className: "value")
    ]
  }
}
