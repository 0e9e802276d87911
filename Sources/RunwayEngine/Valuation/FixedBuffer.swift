/// A fixed number of values in memory that it owns.
///
/// Noncopyable, so that a write needs no check that no copy shares the
/// storage, as an array's write does (a call, around which the caller
/// saves its floating-point registers); bounds-checked, as an array is.
/// The per-path state is made of these: a path writes it dozens of times.
struct FixedBuffer<Element>: ~Copyable {
  private let storage: UnsafeMutableBufferPointer<Element>

  init(repeating value: Element, count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: value)
  }

  deinit {
    _ = storage.deinitialize()
    storage.deallocate()
  }

  var count: Int { storage.count }
  var indices: Range<Int> { 0..<storage.count }

  @inline(__always)
  subscript(index: Int) -> Element {
    get {
      check(index)
      return storage[index]
    }
    set {
      check(index)
      storage[index] = newValue
    }
  }

  /// Sets the values of `range` to `value`, as one fill.
  @inline(__always)
  mutating func fill(_ range: Range<Int>, with value: Element) {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range out of bounds")
    storage.extracting(range).update(repeating: value)
  }

  /// Calls `body` with the values to write in place, unchecked: for a
  /// loop that checks its own bounds.
  mutating func withUnsafeMutableBufferPointer<Result>(
    _ body: (UnsafeMutableBufferPointer<Element>) -> Result
  ) -> Result {
    body(storage)
  }

  /// The values of `range`, to read in place while the buffer lives.
  func view(_ range: Range<Int>) -> UnsafeBufferPointer<Element> {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range out of bounds")
    return UnsafeBufferPointer(rebasing: storage[range])
  }

  @inline(__always)
  private func check(_ index: Int) {
    precondition(UInt(bitPattern: index) < UInt(storage.count), "an index out of range")
  }
}
