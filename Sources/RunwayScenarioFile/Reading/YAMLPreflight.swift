// CYaml is the libyaml that Yams builds and composes with; its event
// stream is read here before Yams composes the tree, because composing
// resolves aliases and hides them.
import CYaml
import Yams

/// Reads a YAML text's event stream before it is composed, and refuses
/// what a scenario file does not allow, each at its own line and column:
/// anchors and aliases (composing a "billion laughs" file would expand it
/// exponentially), a key written twice in one mapping, a list longer than
/// ``maximumListItems``, and Unicode line separators, which libyaml counts
/// as line breaks and editors do not (every later line number would be off).
///
/// It is linear in the text and stops at the first problem.
enum YAMLPreflight {
  /// The most items a list may hold: far above any real schedule, and low
  /// enough that reading the longest list takes milliseconds.
  static let maximumListItems = 10_000

  /// A problem found, at its one-based line and column, in the field at
  /// `field` (a path such as `programs.aclf.market`).
  struct Problem: Error, Equatable {
    let line: Int
    let column: Int
    var field = ""
    let message: String
  }

  /// A list or mapping open around the current event, with its path.
  private struct Collection {
    enum Kind {
      case sequence(items: Int)
      /// A mapping: the keys seen, the last one, and whether the next node
      /// is a key.
      case mapping(keys: Set<String>, last: String, expectsKey: Bool)
    }
    var kind: Kind
    let path: String

    /// The path of the node that starts now inside this collection.
    var childPath: String {
      switch kind {
      case .sequence(let items): "\(path)[\(items)]"
      case .mapping(_, let last, _): path.isEmpty ? last : "\(path).\(last)"
      }
    }
  }

  /// The first problem of `text`, or `nil`; a text that is not valid YAML
  /// is left for the composer to report.
  static func check(_ text: String) -> Problem? {
    if let problem = lineSeparator(in: text) { return problem }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var open: [Collection] = []
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        let mark = event.start_mark
        func problem(_ message: String, field: String? = nil) -> Problem {
          Problem(
            line: Int(mark.line) + 1, column: Int(mark.column) + 1,
            field: field ?? open.last?.childPath ?? "", message: message)
        }
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return nil
        case YAML_ALIAS_EVENT:
          return problem(aliasMessage(String(cString: event.data.alias.anchor)))
        case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
          if let anchor = anchor(of: event) { return problem(anchorMessage(anchor)) }
          if case .sequence(let items) = open.last?.kind, items >= maximumListItems {
            return problem(
              "makes a list of more than \(maximumListItems) items; a scenario file's lists "
                + "are at most \(maximumListItems) long",
              field: open.last?.path)
          }
          if event.type == YAML_SCALAR_EVENT, case .mapping(var keys, _, true) = open.last?.kind {
            let key = String(
              decoding: UnsafeBufferPointer(
                start: event.data.scalar.value, count: Int(event.data.scalar.length)),
              as: UTF8.self)
            open[open.count - 1].kind = .mapping(keys: keys, last: key, expectsKey: true)
            guard keys.insert(key).inserted else {
              return problem("is written twice in the same mapping; keep one")
            }
            open[open.count - 1].kind = .mapping(keys: keys, last: key, expectsKey: true)
          }
          let path = open.last?.childPath ?? ""
          switch event.type {
          case YAML_SEQUENCE_START_EVENT:
            open.append(Collection(kind: .sequence(items: 0), path: path))
          case YAML_MAPPING_START_EVENT:
            open.append(
              Collection(kind: .mapping(keys: [], last: "", expectsKey: true), path: path))
          default: completeNode(&open)
          }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          open.removeLast()
          completeNode(&open)
        default:
          break
        }
      }
      return nil
    }
  }

  /// After a whole node was read: in a list, the next item; in a mapping,
  /// a key is followed by its value and a value by the next key.
  private static func completeNode(_ open: inout [Collection]) {
    switch open.last?.kind {
    case .sequence(let items): open[open.count - 1].kind = .sequence(items: items + 1)
    case .mapping(let keys, let last, let expectsKey):
      open[open.count - 1].kind = .mapping(keys: keys, last: last, expectsKey: !expectsKey)
    case nil: break
    }
  }

  private static func anchor(of event: yaml_event_t) -> String? {
    let pointer: UnsafeMutablePointer<yaml_char_t>? =
      switch event.type {
      case YAML_SCALAR_EVENT: event.data.scalar.anchor
      case YAML_SEQUENCE_START_EVENT: event.data.sequence_start.anchor
      default: event.data.mapping_start.anchor
      }
    return pointer.map { String(cString: $0) }
  }

  static func anchorMessage(_ name: String) -> String {
    "defines the YAML anchor &\(name); scenario files do not support anchors and aliases: "
      + "write each value out, or name a shared number as a variable and use $name"
  }

  static func aliasMessage(_ name: String) -> String {
    "uses the YAML alias *\(name); scenario files do not support anchors and aliases: "
      + "write each value out, or name a shared number as a variable and use $name"
  }

  /// The first U+2028, U+2029 or U+0085 in `text`, located as an editor
  /// counts lines (by line feeds).
  private static func lineSeparator(in text: String) -> Problem? {
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n":
        line += 1
        column = 1
        continue
      case "\u{2028}", "\u{2029}", "\u{85}":
        let code = String(scalar.value, radix: 16, uppercase: true)
        return Problem(
          line: line, column: column,
          message:
            "holds the Unicode line separator U+\(String(repeating: "0", count: 4 - code.count))\(code), "
            + "which YAML counts as a line break and editors do not; replace it with a new line or a space"
        )
      default:
        column += 1
      }
    }
    return nil
  }
}
