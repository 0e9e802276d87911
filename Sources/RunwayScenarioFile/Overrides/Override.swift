import Foundation
import Yams

/// A `--set PATH=VALUE` override: one field of a scenario file replaced
/// before the file is validated, for what-if runs without editing the file.
///
/// The path names the field as the file does, keys separated by dots and
/// list items by their zero-based index: `deals.lifeliver.royalty.tiers[0].rate`.
/// The value is written as in the file (`9%`, `12M`, or an inline
/// distribution such as `{distribution: pert, min: 8M, mode: 10M, max: 15M}`).
/// The override is validated with the rest of the file, so a wrong value is
/// reported with the line of the field it replaced.
public struct Override: Hashable, Sendable, CustomStringConvertible {
  public let path: String
  public let value: String

  public init(path: String, value: String) {
    self.path = path
    self.value = value
  }

  /// Parses `PATH=VALUE`; `nil` without an `=` or with an empty path.
  public init?(argument: String) {
    guard let equals = argument.firstIndex(of: "=") else { return nil }
    let path = argument[..<equals].trimmingCharacters(in: .whitespaces)
    guard !path.isEmpty else { return nil }
    self.init(path: path, value: String(argument[argument.index(after: equals)...]))
  }

  public var description: String { "\(path)=\(value)" }

  enum Step: Equatable {
    case key(String)
    case index(Int)
  }

  /// The path's steps, or `nil` when it is malformed.
  var steps: [Step]? {
    var steps: [Step] = []
    for part in path.split(separator: ".", omittingEmptySubsequences: false) {
      var rest = Substring(part)
      let key = rest.prefix { $0 != "[" }
      guard !key.isEmpty else { return nil }
      steps.append(.key(String(key)))
      rest = rest.dropFirst(key.count)
      while !rest.isEmpty {
        guard rest.first == "[", let close = rest.firstIndex(of: "]"),
          let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0
        else { return nil }
        steps.append(.index(index))
        rest = rest[rest.index(after: close)...]
      }
    }
    return steps
  }

  /// `root` with the field replaced, or a message saying why the path does
  /// not lead to a field.
  func apply(to root: Node) -> Result<Node, OverrideError> {
    guard let steps else {
      return .failure(
        OverrideError(
          override: self,
          message: "is not a field path such as deals.lifeliver.royalty.tiers[0].rate"))
    }
    if let problem = YAMLPreflight.check(value) {
      return .failure(OverrideError(override: self, message: "has a value that \(problem.message)"))
    }
    let replacement: Node
    do {
      replacement = try Yams.compose(yaml: value) ?? Node("")
    } catch {
      return .failure(OverrideError(override: self, message: "has a value that is not valid YAML"))
    }
    return replace(steps[...], in: root, with: replacement, walked: "")
  }

  /// The node the path leads to in `root`, or the deepest one it reaches.
  func deepestNode(in root: Node) -> Node {
    var node = root
    for step in steps ?? [] {
      switch (step, node) {
      case (.key(let key), .mapping(let mapping)):
        guard let child = mapping[key] else { return node }
        node = child
      case (.index(let index), .sequence(let sequence)) where index < sequence.count:
        node = sequence[index]
      default: return node
      }
    }
    return node
  }

  private func replace(
    _ steps: ArraySlice<Step>, in node: Node, with replacement: Node, walked: String
  ) -> Result<Node, OverrideError> {
    guard let step = steps.first else {
      guard case .scalar(var scalar) = replacement, case .scalar(let original) = node else {
        return .success(replacement)
      }
      scalar.mark = original.mark  // diagnostics point at the replaced field
      return .success(.scalar(scalar))
    }
    let rest = steps.dropFirst()
    switch (step, node) {
    case (.key(let key), .mapping(var mapping)):
      let here = walked.isEmpty ? key : "\(walked).\(key)"
      guard let child = mapping[key] else {
        guard rest.isEmpty else {
          return .failure(
            OverrideError(
              override: self,
              message:
                "leads nowhere: \(walked.isEmpty ? "the file" : walked) has no field '\(key)'"
                + Suggestion.hint(for: key, among: mapping.keys.compactMap(\.string))))
        }
        mapping[key] = replacement  // a new optional field
        return .success(.mapping(mapping))
      }
      return replace(rest, in: child, with: replacement, walked: here).map { updated in
        mapping[key] = updated
        return .mapping(mapping)
      }
    case (.index(let index), .sequence(var sequence)):
      guard index < sequence.count else {
        return .failure(
          OverrideError(
            override: self,
            message: "leads nowhere: \(walked) has \(sequence.count) items, numbered from 0"))
      }
      return replace(rest, in: sequence[index], with: replacement, walked: "\(walked)[\(index)]")
        .map { updated in
          sequence[index] = updated
          return .sequence(sequence)
        }
    case (.key(let key), _):
      return .failure(
        OverrideError(
          override: self,
          message: "leads nowhere: \(walked) is not a mapping, so it has no field '\(key)'"))
    case (.index, _):
      return .failure(
        OverrideError(override: self, message: "leads nowhere: \(walked) is not a list"))
    }
  }
}

/// An override whose path does not lead to a field of the file.
public struct OverrideError: Error, Hashable, Sendable, CustomStringConvertible {
  public let override: Override
  public let message: String

  public var description: String { "--set \(override.path): \(message)" }
}
