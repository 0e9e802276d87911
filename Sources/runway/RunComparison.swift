import Foundation
import RunwayHistory
import RunwayReport

/// What changed between two recorded runs, as `runway runs diff` prints
/// it: the scenario files line by line, the overrides, the settings, and
/// each headline figure with its difference.
enum RunComparison {
  static func text(_ a: RecordedRun, _ b: RecordedRun) -> String {
    let (first, second) = ("run \(a.id ?? 0)", "run \(b.id ?? 0)")
    var lines = ["\(first) (\(a.command), \(a.date)) and \(second) (\(b.command), \(b.date))"]
    for index in 0..<max(a.files.count, b.files.count) {
      let old = index < a.files.count ? a.files[index] : nil
      let new = index < b.files.count ? b.files[index] : nil
      let name = new?.path ?? old?.path ?? ""
      if let old, let new, old.text == new.text {
        lines.append("file \(name): the same text (SHA-256 \(new.sha256.prefix(12))…)")
        continue
      }
      lines.append("file \(name): changed")
      for change in LineDiff.changes(from: old?.text ?? "", to: new?.text ?? "") {
        lines.append("  \(change.mark) \(change.line): \(change.text)")
      }
    }
    func overrides(_ run: RecordedRun) -> String {
      run.overrides.isEmpty ? "none" : run.overrides.map { "--set \($0)" }.joined(separator: " ")
    }
    lines.append("overrides: \(first) \(overrides(a)); \(second) \(overrides(b))")
    lines.append(
      "seed \(a.seed) / \(b.seed); paths \(a.paths) / \(b.paths); version \(a.version) / \(b.version)"
    )
    let theirs = Dictionary(
      b.figures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let rows = a.figures.compactMap { before -> [String]? in
      guard let after = theirs[before.name] else { return nil }
      let error = before.standardError.flatMap { one in
        after.standardError.map { (one * one + $0 * $0).squareRoot() }
      }
      return [
        before.name, AmountFormat.grouped(before.value), AmountFormat.grouped(after.value),
        AmountFormat.grouped(after.value - before.value),
        error.map { AmountFormat.grouped($0) } ?? "",
      ]
    }
    lines.append("")
    lines.append(
      TerminalText.table(
        header: ["figure", first, second, "difference", "s.e. of the difference"], rows: rows))
    if rows.contains(where: { !$0[4].isEmpty }) {
      lines.append(
        "The standard error of a difference treats the two runs as independent; on the same seed "
          + "they share their random numbers, and the true error is smaller.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
