import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements of an XML (or XHTML) text, in document order, for tests
/// that read a chart's geometry; `nil` when the text is not well-formed.
struct XMLElements {
  struct Element {
    let name: String
    let attributes: [String: String]
    var text: String

    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    var classes: [Substring] { (attributes["class"] ?? "").split(separator: " ") }
  }

  let all: [Element]

  init?(_ text: String) {
    let parser = XMLParser(data: Data(text.utf8))
    let collector = Collector()
    parser.delegate = collector
    guard parser.parse() else { return nil }
    all = collector.elements
  }

  func named(_ name: String, class className: String? = nil) -> [Element] {
    all.filter { element in
      element.name == name && (className.map { element.classes.contains(Substring($0)) } ?? true)
    }
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    var open: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      open.append(elements.count)
      elements.append(Element(name: name, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let last = open.last { elements[last].text += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      open.removeLast()
    }
  }
}

/// An axis read back from a chart's tick labels (`€2.5M`, `-€500k`,
/// `40.0%`): the value of a label, and the pixel where a value falls by
/// linear interpolation between the first and last ticks.
///
/// A vertical axis's labels sit `baseline` pixels below their tick, so
/// that the text is centred on it.
struct ReadAxis {
  let ticks: [(value: Double, position: Double)]

  init(labels: [XMLElements.Element], coordinate: String, baseline: Double = 0) {
    ticks = labels.compactMap { label in
      guard let position = label.number(coordinate).map({ $0 - baseline }) else { return nil }
      return (Self.value(of: label.text), position)
    }
  }

  static func value(of label: String) -> Double {
    var text = label.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: ",", with: "")
    var scale = 1.0
    for (suffix, factor) in [("bn", 1e9), ("M", 1e6), ("k", 1e3), ("%", 0.01)]
    where text.hasSuffix(suffix) {
      text.removeLast(suffix.count)
      scale = factor
      break
    }
    return (Double(text) ?? .nan) * scale
  }

  func position(of value: Double) -> Double {
    let first = ticks[0]
    let last = ticks[ticks.count - 1]
    return first.position + (value - first.value) / (last.value - first.value)
      * (last.position - first.position)
  }
}
