/// The per-path figures a run keeps for exact percentiles: the total NPV
/// (as `Double`), each component's value and counterparty value and the
/// peak funding need (as `Float`: seven digits are plenty for a percentile
/// and halve the memory), and, for the first paths only, each period's
/// total flow and cash position for the fan charts; and, when asked, each
/// path's uncertain inputs and phases passed, for the global sensitivity.
///
/// Workers write disjoint path ranges, which is why the class can be
/// `@unchecked Sendable`: the buffers are read only after every batch is
/// done. The buffers start uninitialised: a path's slots are read only
/// once its worker has written them all, so a shard's samples (full-size,
/// its own paths written) are read only through ``bytes(of:)`` of its
/// range.
final class PathSamples: @unchecked Sendable {
  let paths: Int
  let periods: Int
  /// Paths whose period flows and cash positions are kept.
  let periodSamplePaths: Int
  let totals: UnsafeMutableBufferPointer<Double>
  /// Each path's equity value: its total plus its cash on the valuation
  /// date minus what it owes on history; empty (and derived from the
  /// totals) when these do not vary.
  let equity: UnsafeMutableBufferPointer<Double>
  /// What each path owes on sums received before the valuation date;
  /// empty with `equity`.
  let owed: UnsafeMutableBufferPointer<Double>
  /// Whether `equity` and `owed` are kept.
  var keepsEquity: Bool { equity.count > 0 }
  /// Component-major: `values[component * paths + path]`.
  let values: UnsafeMutableBufferPointer<Float>
  /// For the components that value a counterparty only, in their order.
  let counterparty: UnsafeMutableBufferPointer<Float>
  /// Each component's column in `counterparty`, if it has one.
  let counterpartyColumn: [Int?]
  let peakFunding: UnsafeMutableBufferPointer<Float>
  /// Path-major: `periodFlows[path * periods + period]`.
  let periodFlows: UnsafeMutableBufferPointer<Double>
  let cashPositions: UnsafeMutableBufferPointer<Double>
  /// Input-major: `inputs[input * paths + path]`, the draw of each
  /// uncertain input; empty unless inputs are kept.
  let inputs: UnsafeMutableBufferPointer<Double>
  /// Program-major: the phases each program passed on each path; empty
  /// unless inputs are kept.
  let phasesPassed: UnsafeMutableBufferPointer<Double>
  /// Whether each path's inputs and phases passed are kept.
  let keepsInputs: Bool

  init(
    paths: Int, components: Int, counterparties: [Bool], periods: Int, periodSamplePaths: Int,
    keepingEquity: Bool = false, keepingInputs: (inputs: Int, programs: Int)? = nil
  ) {
    self.paths = paths
    keepsInputs = keepingInputs != nil
    var columns: [Int?] = []
    var count = 0
    for valued in counterparties {
      columns.append(valued ? count : nil)
      if valued { count += 1 }
    }
    counterpartyColumn = columns
    self.periods = periods
    self.periodSamplePaths = min(paths, periodSamplePaths)
    totals = .allocate(capacity: paths)
    equity = .allocate(capacity: keepingEquity ? paths : 0)
    owed = .allocate(capacity: keepingEquity ? paths : 0)
    values = .allocate(capacity: components * paths)
    counterparty = .allocate(capacity: count * paths)
    peakFunding = .allocate(capacity: paths)
    periodFlows = .allocate(capacity: self.periodSamplePaths * periods)
    cashPositions = .allocate(capacity: self.periodSamplePaths * periods)
    inputs = .allocate(capacity: (keepingInputs?.inputs ?? 0) * paths)
    phasesPassed = .allocate(capacity: (keepingInputs?.programs ?? 0) * paths)
    // Not zeroed: each path's slots are written by the worker that
    // simulates it (or filled from its shard), so that the pages are
    // first touched by the workers, in parallel, and only once.
  }

  deinit {
    for buffer in [totals, equity, owed, periodFlows, cashPositions, inputs, phasesPassed] {
      buffer.deallocate()
    }
    for buffer in [values, counterparty, peakFunding] { buffer.deallocate() }
  }

  /// Column `index` of a kept buffer (input-, program- or
  /// component-major), as kept.
  func kept<Element>(_ buffer: UnsafeMutableBufferPointer<Element>, _ index: Int) -> [Element] {
    Array(buffer[index * paths..<(index + 1) * paths])
  }

  /// Each path's peak funding need, as kept.
  var peakFundingNeeds: [Float] { kept(peakFunding, 0) }

  /// The values of component `index` over all paths.
  func values(of index: Int) -> [Double] { column(values, index) }

  /// The values of component `index` over all paths, as kept: what its
  /// summary selects from.
  func keptValues(of index: Int) -> [Float] { kept(values, index) }

  /// The counterparty values of component `index` over all paths, as kept;
  /// empty when it values no counterparty.
  func keptCounterpartyValues(of index: Int) -> [Float] {
    counterpartyColumn[index].map { kept(counterparty, $0) } ?? []
  }

  /// The sum of the values of `components` on each path.
  func sum(of components: [Int]) -> [Double] {
    var sums = [Double](repeating: 0, count: paths)
    for index in components {
      for path in 0..<paths { sums[path] += Double(values[index * paths + path]) }
    }
    return sums
  }

  /// The counterparty values of component `index` over all paths.
  func counterpartyValues(of index: Int) -> [Double] {
    counterpartyColumn[index].map { column(counterparty, $0) } ?? []
  }

  /// Stores the counterparty's value of component `index` on `path`.
  @inline(__always)
  func storeCounterparty(_ value: Double, of index: Int, path: Int) {
    if let column = counterpartyColumn[index] { counterparty[column * paths + path] = Float(value) }
  }

  /// Whether every path's value of component `index`, and its
  /// counterparty's, is finite: kept as `Float`, a value can overflow
  /// where the `Double` sums did not.
  func isFinite(component index: Int) -> Bool {
    let own = values[index * paths..<(index + 1) * paths].allSatisfy(\.isFinite)
    guard let column = counterpartyColumn[index] else { return own }
    return own && counterparty[column * paths..<(column + 1) * paths].allSatisfy(\.isFinite)
  }

  /// The kept paths' values of `period` in a path-major buffer.
  func periodColumn(_ buffer: UnsafeMutableBufferPointer<Double>, _ period: Int) -> [Double] {
    Array(unsafeUninitializedCapacity: periodSamplePaths) { column, count in
      for path in 0..<periodSamplePaths { column[path] = buffer[path * periods + period] }
      count = periodSamplePaths
    }
  }

  private func column(_ buffer: UnsafeMutableBufferPointer<Float>, _ index: Int) -> [Double] {
    Array(unsafeUninitializedCapacity: paths) { column, count in
      for path in 0..<paths { column[path] = Double(buffer[index * paths + path]) }
      count = paths
    }
  }
}
