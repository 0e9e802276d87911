/// A program event compiled to indices, and the day it happens on a path.
enum EventModel: Sendable {
  case phaseStart(program: Int, phase: Int)
  case phaseSuccess(program: Int, phase: Int)
  case phaseFailure(program: Int, phase: Int)
  case approval(program: Int)
  case firstSale(program: Int)
  /// Annual sales in a territory share first reach the threshold.
  case salesThreshold(program: Int, threshold: Input)
  /// Cumulative sales since launch in a territory share first reach it.
  case cumulativeSalesThreshold(program: Int, threshold: Input)
  /// The last phase (the regulator's review) starts: the filing; with
  /// `days`, that many days later (the filing's acceptance).
  case filing(program: Int, days: Double)

  var program: Int {
    switch self {
    case .phaseStart(let program, _), .phaseSuccess(let program, _),
      .phaseFailure(let program, _), .approval(let program), .firstSale(let program),
      .salesThreshold(let program, _), .cumulativeSalesThreshold(let program, _),
      .filing(let program, _):
      program
    }
  }

  /// The day of the event on the path, or `nil` when it does not happen.
  ///
  /// `share` is the part of the program's sales the
  /// threshold counts (a licence's territories).
  func day(in state: borrowing PathState, share: Double = 1) -> Double? {
    day(on: state.programs[program], row: state.row, timeline: state.timeline, share: share)
  }

  /// The day of the event on its programme's path `program`, with the
  /// inputs of `row`.
  private func day(
    on program: borrowing ProgramPath, row: [Double], timeline: Timeline, share: Double
  ) -> Double? {
    switch self {
    case .phaseStart(_, let phase):
      return phase < program.started ? program.start[phase] : nil
    case .phaseSuccess(_, let phase):
      return phase < program.passed ? program.end[phase] : nil
    case .phaseFailure(_, let phase):
      return phase == program.passed && phase < program.started ? program.end[phase] : nil
    case .approval:
      return program.isApproved && program.phaseCount > 0
        ? program.end[program.phaseCount - 1] : nil
    case .firstSale:
      return program.launchDay
    case .filing(_, let days):
      let last = program.phaseCount - 1
      return last < program.started ? program.start[last] + days : nil
    case .cumulativeSalesThreshold(_, let threshold):
      guard program.isSelling else { return nil }
      let target = threshold.value(row)
      var total = 0.0
      for index in program.salesPeriods {
        total += program.sales[index] * share
        if total >= target, total > 0 { return timeline.periods[index].flowDay }
      }
      return nil
    case .salesThreshold(_, let threshold):
      guard program.isSelling else { return nil }
      let target = threshold.value(row)
      var yearToDate = 0.0
      var year = Int.min
      for index in program.salesPeriods {
        let period = timeline.periods[index]
        if period.year != year { (year, yearToDate) = (period.year, 0) }
        yearToDate += program.sales[index] * share
        if yearToDate >= target, yearToDate > 0 { return period.flowDay }
      }
      return nil
    }
  }
}
