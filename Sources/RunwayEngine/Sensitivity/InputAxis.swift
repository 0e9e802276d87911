import RunwayModel
import RunwayNumerics

/// An uncertain input at its P10, P25, P50, P75 and P90: the levels the
/// spider and the two-way tables move it across.
public struct InputAxis: Codable, Hashable, Sendable {
  public static let levels = [0.1, 0.25, 0.5, 0.75, 0.9]
  /// The levels as a report names them: `P10`, …, `P90`.
  public static let levelNames = levels.map { "P\(Int(($0 * 100).rounded()))" }

  /// The path `--set` takes.
  public var input: String
  public var unit: QuantityUnit?
  /// The input at each level.
  public var values: [Double]

  init(_ input: InputPlan.Uncertain) {
    self.input = input.path
    unit = input.unit
    values = Self.levels.map { input.distribution.quantile($0) }
  }
}

extension DeterministicValuation {
  /// The total analytic rNPV with each of `settings` (slots and their
  /// values, every other input at base): one valuation each, shared among
  /// `threads`.
  static func totals(
    _ model: ScenarioModel, settings: [[(slot: Int, value: Double)]], threads: Int
  ) -> [Double] {
    BatchRunner.jobs(settings.count, threads: threads) { setting in
      var row = model.plan.base
      for (slot, value) in settings[setting] { row[slot] = value }
      return analytic(model, row: row).total
    }
  }
}
