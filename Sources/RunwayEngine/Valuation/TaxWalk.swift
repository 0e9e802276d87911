/// The expected tax of each period over every joint outcome of the
/// programmes: tax is not linear in the profits (losses are carried
/// forward), so each joint outcome's profits are summed from its groups'
/// and taxed whole.
///
/// The outcomes are walked as a tree, a programme a level: a group's
/// profits join the sum at the level of its last programme, and a branch
/// that cannot happen is cut. What the walk reads and writes sits in flat
/// buffers, so that it neither allocates nor retains, and the last level
/// taxes its sums without storing them.
final class TaxWalk {
  private let programs: Int
  private let periods: Int
  private let cases: Int
  /// Each programme's outcomes: it fails at one of its phases or passes.
  private let outcomes: UnsafeMutableBufferPointer<Int>
  private let widest: Int
  /// Per case of the law, programme and outcome, its chance, at
  /// `(case · programs + programme) · widest + outcome`.
  private let passing: UnsafeMutableBufferPointer<Double>
  private let weights: [Double]
  /// Each group's programmes (a range of `members`) and where its profits,
  /// by outcome then period, begin in `flows`.
  private let groups: [(programs: Range<Int>, flows: Int)]
  private let members: UnsafeMutableBufferPointer<Int>
  private let flows: UnsafeMutableBufferPointer<Double>
  /// The groups complete at each level (level 0 before any programme):
  /// `joining[joiningStart[level]..<joiningStart[level + 1]]`.
  private let joining: UnsafeMutableBufferPointer<Int>
  private let joiningStart: [Int]

  /// `profits` as ``DeterministicValuation`` tabulates them: each group's
  /// programmes and its taxed flows by outcome (the first programme the
  /// most significant digit) and period, an outcome that cannot happen
  /// left empty; `outcomes`, each programme's phases plus one.
  init(
    profits: [(programs: [Int], flows: [[Double]])], outcomes: [Int], law: OutcomeLaw,
    periods: Int
  ) {
    programs = outcomes.count
    self.periods = periods
    cases = law.cases.count
    widest = outcomes.max() ?? 1
    self.outcomes = Self.buffer(outcomes)
    var chances = [Double](repeating: 0, count: cases * programs * widest)
    for (number, lawCase) in law.cases.enumerated() {
      for program in 0..<programs {
        for outcome in 0..<outcomes[program] {
          chances[(number * programs + program) * widest + outcome] =
            lawCase.passing[program][outcome]
        }
      }
    }
    passing = Self.buffer(chances)
    weights = law.cases.map(\.weight)
    var groups: [(programs: Range<Int>, flows: Int)] = []
    var members: [Int] = []
    var table: [Double] = []
    var levels = [[Int]](repeating: [], count: programs + 1)
    for (group, profit) in profits.enumerated() {
      groups.append((members.count..<members.count + profit.programs.count, table.count))
      members += profit.programs
      // An outcome that cannot happen is never reached: zeros keep its place.
      for row in profit.flows { table += row.isEmpty ? Array(repeating: 0, count: periods) : row }
      levels[profit.programs.last.map { $0 + 1 } ?? 0].append(group)
    }
    self.groups = groups
    self.members = Self.buffer(members)
    flows = Self.buffer(table)
    joining = Self.buffer(Array(levels.joined()))
    joiningStart = levels.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
  }

  deinit {
    for buffer in [outcomes, members, joining] { buffer.deallocate() }
    passing.deallocate()
    flows.deallocate()
  }

  private static func buffer<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, values.count))
    _ = buffer.initialize(from: values)
    return buffer
  }

  /// The expected tax of each period, starting from `losses`, each case of
  /// the law weighed by `weight` times its own.
  func expectedTaxes(weight: Double, losses: LossCarryForward) -> [Double] {
    let (programs, periods, cases) = (self.programs, self.periods, self.cases)
    let levels = programs + 1
    let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: levels * periods)
    let chances = UnsafeMutableBufferPointer<Double>.allocate(capacity: levels * max(1, cases))
    let passed = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, programs))
    // The profits' places of the groups complete at the last level.
    let last = joiningStart[programs]..<joiningStart[levels]
    let lastRows = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, last.count))
    defer {
      for buffer in [passed, lastRows] { buffer.deallocate() }
      sums.deallocate()
      chances.deallocate()
    }
    sums.initialize(repeating: 0)
    chances.initialize(repeating: 0)
    passed.initialize(repeating: 0)
    for (number, own) in weights.enumerated() { chances[number] = weight * own }
    var taxes = [Double](repeating: 0, count: periods)
    taxes.withUnsafeMutableBufferPointer { taxes in
      /// Where `group`'s profits for the outcomes in `passed` begin.
      func row(_ group: Int) -> Int {
        var row = 0
        for program in members[groups[group].programs] {
          row = row * outcomes[program] + passed[program]
        }
        return groups[group].flows + row * periods
      }
      /// Taxes the sums at `sum`, plus the profits of the groups complete
      /// at the last level when `withLast`, weighed by the chances at
      /// `level`.
      func tax(_ sum: Int, withLast: Bool, chancesAt level: Int) {
        var weight = 0.0
        for number in 0..<cases { weight += chances[level * cases + number] }
        let rows = withLast ? last.count : 0
        for (index, group) in joining[last].prefix(rows).enumerated() {
          lastRows[index] = row(group)
        }
        var carry = losses
        for period in 0..<periods {
          var profit = sums[sum + period]
          for index in 0..<rows { profit += flows[lastRows[index] + period] }
          taxes[period] += weight * carry.tax(on: profit)
        }
      }
      /// Walks the outcomes of the programmes from `level` on; the sums at
      /// `level` hold the profits of the groups complete before it.
      func walk(_ level: Int) {
        let sum = level * periods
        for group in joining[joiningStart[level]..<joiningStart[level + 1]] {
          let row = row(group)
          for period in 0..<periods { sums[sum + period] += flows[row + period] }
        }
        guard level < programs else { return tax(sum, withLast: false, chancesAt: level) }
        for outcome in 0..<outcomes[level] {
          var possible = false
          for number in 0..<cases {
            let chance =
              chances[level * cases + number]
              * passing[(number * programs + level) * widest + outcome]
            chances[(level + 1) * cases + number] = chance
            possible = possible || chance > 0
          }
          guard possible else { continue }
          passed[level] = outcome
          if level + 1 == programs {
            tax(sum, withLast: true, chancesAt: level + 1)
          } else {
            for period in 0..<periods { sums[sum + periods + period] = sums[sum + period] }
            walk(level + 1)
          }
        }
      }
      walk(0)
    }
    return taxes
  }
}
