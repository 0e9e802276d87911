/// The lines two texts differ by, from their longest common subsequence:
/// what a reviewer reads to see how a scenario file changed.
public enum LineDiff {
  /// A line only in the first text (`-`) or only in the second (`+`),
  /// with its number in its own text.
  public struct Change: Hashable, Sendable {
    public let mark: Character
    public let line: Int
    public let text: String
  }

  public static func changes(from old: String, to new: String) -> [Change] {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // common[i][j]: the longest common subsequence of a[i...] and b[j...].
    var common = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        common[i][j] =
          a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
      }
    }
    var changes: [Change] = []
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        (i, j) = (i + 1, j + 1)
      } else if j < b.count, i == a.count || common[i][j + 1] >= common[i + 1][j] {
        changes.append(Change(mark: "+", line: j + 1, text: b[j]))
        j += 1
      } else {
        changes.append(Change(mark: "-", line: i + 1, text: a[i]))
        i += 1
      }
    }
    return changes
  }
}
