import RunwayNumerics

/// Simulates a compiled scenario path by path, in parallel batches.
///
/// On each path the uncertain inputs are drawn (``InputSampler``), each
/// program's phases succeed or fail against their own uniforms (drawn for
/// the block, a column a phase), each clawback happens or not, and every
/// component books its flows. Per-path figures go to ``PathSamples``; sums
/// and moments to one ``BatchTally`` per block of ``blockSize`` paths,
/// merged in block order.
///
/// Floating-point sums depend on their order, so the unit of accumulation
/// is a fixed block of paths, not the batch: a batch is a whole number of
/// blocks, and the totals have the same bits whatever the batch size and
/// the number of threads.
struct MonteCarlo: Sendable {
  /// Paths per block of accumulation.
  static let blockSize = 1_024

  let model: ScenarioModel
  let sampler: InputSampler
  let runner: BatchRunner
  /// What recording a path needs to know of each component, looked up
  /// once: reading it through the component on every path would copy the
  /// existential and retain what it holds.
  private struct Role {
    let isValue: Bool
    let valuesCounterparty: Bool
    let isLiability: Bool
  }
  private let roles: [Role]
  /// The stream of every phase of every unit (the programmes, then the
  /// shared risks), unit by unit, then each clawback's; the index of each
  /// unit's first, and of the first clawback's.
  private let outcomeStreams: [RandomStream]
  private let firstOutcome: [Int]
  private let firstClawback: Int

  init(model: ScenarioModel, sampler: InputSampler, runner: BatchRunner) {
    self.model = model
    self.sampler = sampler
    self.runner = runner
    roles = model.components.map {
      Role(
        isValue: $0.component.section.isValue, valuesCounterparty: $0.valuesCounterparty,
        isLiability: $0.isLiability)
    }
    outcomeStreams = model.links.streams.flatMap { $0 } + model.clawbacks.map(\.stream)
    var (firstOutcome, first): ([Int], Int) = ([], 0)
    for phases in model.links.streams {
      firstOutcome.append(first)
      first += phases.count
    }
    self.firstOutcome = firstOutcome
    firstClawback = first
  }

  /// The merged tally and the per-path samples of `paths` paths.
  ///
  /// With `keepInputs`, the samples also keep each path's inputs and
  /// phases passed.
  func run(
    periodSamplePaths: Int, keepInputs: Bool = false,
    progress: (@Sendable (Int, Int) -> Void)?
  ) -> (BatchTally, PathSamples) {
    let samples = makeSamples(periodSamplePaths: periodSamplePaths, keepInputs: keepInputs)
    let tallies = blockTallies(0..<sampler.paths, into: samples, progress: progress)
    return (fold(tallies), samples)
  }

  /// Room for every path's figures.
  func makeSamples(periodSamplePaths: Int, keepInputs: Bool = false) -> PathSamples {
    PathSamples(
      paths: sampler.paths, components: model.components.count,
      counterparties: model.components.map(\.valuesCounterparty),
      periods: model.timeline.periods.count,
      periodSamplePaths: periodSamplePaths, keepingEquity: model.equityVaries,
      keepingInputs: keepInputs ? (model.plan.uncertain.count, model.programs.count) : nil)
  }

  /// The tally of each block of the paths `range` (which starts on a
  /// block), in block order; the paths' figures go to `samples`.
  func blockTallies(
    _ range: Range<Int>, into samples: PathSamples, progress: (@Sendable (Int, Int) -> Void)?
  ) -> [BatchTally] {
    runner.map(range: range, progress: progress) { batch in
      stride(from: batch.lowerBound, to: batch.upperBound, by: Self.blockSize).map { start in
        simulate(start..<min(start + Self.blockSize, batch.upperBound), into: samples)
      }
    }.flatMap { $0 }
  }

  /// The blocks' tallies merged in their order: the run's.
  func fold(_ tallies: [BatchTally]) -> BatchTally {
    var tally = BatchTally(
      components: model.components.count, periods: model.timeline.periods.count)
    for block in tallies { tally.merge(block) }
    return tally
  }

  private func simulate(_ range: Range<Int>, into samples: PathSamples) -> BatchTally {
    let count = range.count
    let components = model.components
    let periods = model.timeline.periods.count
    let slots = model.plan.uncertain.map(\.slot)
    var tally = BlockTally(components: components.count, periods: periods)
    let draws = sampler.sample(range)
    // Every phase's and clawback's uniform for every path of the block, a
    // column each, drawn as the inputs are: a path then reads the phases
    // it reaches. Each column is written whole, so none is zeroed first.
    let outcomes = [Double](unsafeUninitializedCapacity: count * outcomeStreams.count) {
      out, initialized in
      for (index, stream) in outcomeStreams.enumerated() {
        stream.firstUniforms(
          paths: range,
          into: UnsafeMutableBufferPointer(rebasing: out[index * count..<(index + 1) * count]))
      }
      initialized = out.count
    }
    var state = model.makeState()
    var periodFlows = FixedBuffer(repeating: 0.0, count: periods)
    for (row, path) in range.enumerated() {
      // One uniqueness check for the row, not one a slot.
      state.row.withUnsafeMutableBufferPointer { inputs in
        for (index, slot) in slots.enumerated() { inputs[slot] = draws[index * count + row] }
      }
      model.play(
        &state, outcome: { unit, phase in outcomes[(firstOutcome[unit] + phase) * count + row] },
        clawback: { outcomes[(firstClawback + $0) * count + row] })
      if samples.keepsInputs {
        keep(draws, row: row, of: count, programs: state.programs, path: path, in: samples)
      }
      let startingCash = model.startingCash?.value(state.row) ?? 0
      state.ledger.totalFlows(into: &periodFlows)
      record(
        state, periodFlows: periodFlows, path: path, startingCash: startingCash, into: &tally,
        samples: samples)
    }
    return tally.finished()
  }

  /// Copies the path's draws and its programmes' phases passed into the
  /// samples.
  private func keep(
    _ draws: [Double], row: Int, of count: Int, programs: borrowing FixedBuffer<ProgramPath>,
    path: Int,
    in samples: PathSamples
  ) {
    let paths = samples.paths
    for index in 0..<(draws.count / count) {
      samples.inputs[index * paths + path] = draws[index * count + row]
    }
    for index in programs.indices {
      samples.phasesPassed[index * paths + path] = Double(programs[index].passed)
    }
  }

  /// Records the path's figures; `periodFlows` are its total flows by
  /// period.
  private func record(
    _ state: borrowing PathState, periodFlows: borrowing FixedBuffer<Double>, path: Int,
    startingCash: Double, into tally: inout BlockTally,
    samples: PathSamples
  ) {
    let paths = samples.paths
    var total = 0.0
    for index in roles.indices {
      let value = state.ledger[.value, index]
      // Financing moves cash (below), not value.
      if roles[index].isValue { total += value }
      tally.values[index].add(value)
      samples.values[index * paths + path] = Float(value)
      if roles[index].valuesCounterparty {
        let counterparty = state.ledger[.counterparty, index]
        tally.counterparty[index].add(counterparty)
        samples.storeCounterparty(counterparty, of: index, path: path)
      }
      if roles[index].isLiability { tally.liability[index].add(state.ledger[.liability, index]) }
    }
    tally.total.add(total)
    samples.totals[path] = total
    if samples.keepsEquity {
      let owed = state.ledger.totalOwed
      tally.owed.add(owed)
      samples.owed[path] = owed
      tally.equity.add(total + startingCash - owed)
      samples.equity[path] = total + startingCash - owed
    }
    state.ledger.addFlows(to: &tally.flows)
    var cash = startingCash
    var lowest = 0.0
    var shortfall: Int?
    let periods = samples.periods
    let kept = path < samples.periodSamplePaths
    precondition(tally.cash.count == periods, "a cash sum for each period")
    // The flows' range checked once, not on each of two reads a period.
    periodFlows.withUnsafeBufferPointer(0..<periods) { flows in
      tally.cash.withUnsafeMutableBufferPointer { sums in
        for period in 0..<periods {
          cash += flows[period]
          sums[period] += cash
          lowest = min(lowest, cash)
          if cash < 0, shortfall == nil { shortfall = period }
          if kept {
            samples.periodFlows[path * periods + period] = flows[period]
            samples.cashPositions[path * periods + period] = cash
          }
        }
      }
    }
    if let shortfall { tally.firstShortfall[shortfall] += 1 }
    tally.peakFunding.add(-lowest)
    samples.peakFunding[path] = Float(-lowest)
  }
}
