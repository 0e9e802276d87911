/// The path of each programme of a scenario, in one buffer that the
/// state owns: an array cannot hold a noncopyable ``ProgramPath``, and
/// one would check its storage's uniqueness on every write.
///
/// `paths[i]` lends programme i's path in place, to read or to write.
struct ProgramPaths: ~Copyable {
  private let paths: UnsafeMutableBufferPointer<ProgramPath>

  /// A path for each programme, of `phases[i]` phases on a grid of
  /// `periods` periods.
  init(phases: [Int], periods: Int) {
    paths = .allocate(capacity: phases.count)
    for (index, count) in phases.enumerated() {
      paths.initializeElement(at: index, to: ProgramPath(phases: count, periods: periods))
    }
  }

  deinit {
    _ = paths.deinitialize()
    paths.deallocate()
  }

  var count: Int { paths.count }
  var indices: Range<Int> { 0..<paths.count }

  subscript(index: Int) -> ProgramPath {
    _read {
      precondition(UInt(bitPattern: index) < UInt(paths.count), "a programme out of range")
      yield paths[index]
    }
    _modify {
      precondition(UInt(bitPattern: index) < UInt(paths.count), "a programme out of range")
      yield &paths[index]
    }
  }
}
