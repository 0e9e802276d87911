import Foundation

extension PathSamples {
  /// The figures of the paths `range`, as bytes: each kept column's slice
  /// in a fixed order (a shard's share, for ``fill(_:from:)`` to put back).
  func bytes(of range: Range<Int>) -> Data {
    var data = Data()
    for segment in segments(range) { data.append(contentsOf: segment) }
    return data
  }

  /// Puts back what ``bytes(of:)`` took from the paths `range`; `false`
  /// when `data` is not of their size.
  func fill(_ range: Range<Int>, from data: Data) -> Bool {
    let parts = segments(range)
    guard parts.reduce(0, { $0 + $1.count }) == data.count else { return false }
    var offset = data.startIndex
    for part in parts {
      data.copyBytes(to: part, from: offset..<offset + part.count)
      offset += part.count
    }
    return true
  }

  /// Where the paths `range` sit in every buffer, in a fixed order: the
  /// per-path columns, then the kept rows of the period buffers.
  private func segments(_ range: Range<Int>) -> [UnsafeMutableRawBufferPointer] {
    var parts: [UnsafeMutableRawBufferPointer] = []
    func columns<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
      for column in 0..<(buffer.count / max(paths, 1)) {
        let start = column * paths
        parts.append(
          UnsafeMutableRawBufferPointer(
            UnsafeMutableBufferPointer(
              rebasing: buffer[start + range.lowerBound..<start + range.upperBound])))
      }
    }
    for buffer in [totals, equity, owed, inputs, phasesPassed] { columns(buffer) }
    for buffer in [values, counterparty, peakFunding] { columns(buffer) }
    let kept = range.clamped(to: 0..<periodSamplePaths)
    for buffer in [periodFlows, cashPositions] where !kept.isEmpty {
      parts.append(
        UnsafeMutableRawBufferPointer(
          UnsafeMutableBufferPointer(
            rebasing: buffer[kept.lowerBound * periods..<kept.upperBound * periods])))
    }
    return parts
  }
}
