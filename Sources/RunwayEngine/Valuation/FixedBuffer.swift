/// A fixed number of values in memory that it owns.
///
/// Noncopyable, so that a write needs no check that no copy shares the
/// storage, as an array's write does (a call, around which the caller
/// saves its floating-point registers); bounds-checked, as an array is.
/// The per-path state is made of these: a path writes it dozens of times.
/// Its elements may be noncopyable themselves (a programme's path), lent
/// in place.
struct FixedBuffer<Element: ~Copyable>: ~Copyable {
  private let storage: UnsafeMutableBufferPointer<Element>

  /// `count` values, value i made by `make(i)`.
  init(count: Int, _ make: (Int) -> Element) {
    storage = .allocate(capacity: count)
    for index in 0..<count { storage.initializeElement(at: index, to: make(index)) }
  }

  deinit {
    _ = storage.deinitialize()
    storage.deallocate()
  }

  var count: Int { storage.count }
  var indices: Range<Int> { 0..<storage.count }

  @inline(__always)
  subscript(index: Int) -> Element {
    _read {
      check(index)
      yield storage[index]
    }
    _modify {
      check(index)
      yield &storage[index]
    }
  }

  @inline(__always)
  private func check(_ index: Int) {
    precondition(UInt(bitPattern: index) < UInt(storage.count), "an index out of range")
  }
}

extension FixedBuffer where Element: Copyable {
  init(repeating value: Element, count: Int) {
    self.init(count: count) { _ in value }
  }

  /// The values, copied into an array.
  var array: [Element] { Array(storage) }

  /// Sets the values of `range` to `value`, as one fill.
  @inline(__always)
  mutating func fill(_ range: Range<Int>, with value: Element) {
    checkRange(range)
    storage.extracting(range).update(repeating: value)
  }

  /// Calls `body` with the values to write in place, unchecked: for a
  /// loop that checks its own bounds.
  mutating func withUnsafeMutableBufferPointer<Result>(
    _ body: (UnsafeMutableBufferPointer<Element>) -> Result
  ) -> Result {
    body(storage)
  }

  /// Calls `body` with the values of `range` to read in place, unchecked:
  /// for a loop over a range checked once.
  func withUnsafeBufferPointer<Result>(
    _ range: Range<Int>, _ body: (UnsafeBufferPointer<Element>) -> Result
  ) -> Result {
    checkRange(range)
    return body(UnsafeBufferPointer(rebasing: storage[range]))
  }

  private func checkRange(_ range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range out of bounds")
  }
}
