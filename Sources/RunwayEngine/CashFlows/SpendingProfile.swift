import Foundation
import RunwayModel

/// A phase's cost curve as the share of its cost spent by each point of
/// the phase: `spent(x)` for x, the elapsed fraction of the phase, in 0…1.
///
/// The cost of a period is `cost × (spent(x₁) − spent(x₀))` for the part
/// [x₀, x₁] of the phase that the period covers, so partial periods get
/// their share pro rata and the shares always add up to the whole cost.
enum SpendingProfile: Sendable {
  case uniform
  case frontLoaded
  case backLoaded
  /// A logistic of steepness k, rescaled to run from 0 to 1: its values at
  /// 0 and its span from 0 to 1 are computed once, not on every call.
  case sCurve(steepness: Double, low: Double, span: Double)
  /// Everything as soon as the phase has begun: the period of its start.
  case lumpAtStart
  /// Everything at its very end: the period of its end.
  case lumpAtEnd
  /// The cumulative weights of equal slices, from 0 to 1.
  case slices([Double])
  /// Patients recruited evenly, each followed up for a while; the
  /// recruitment and follow-up times set the curve's shape, the phase's
  /// duration its length.
  case perPatient(recruitment: Input, followUp: Input)

  /// Calls `body` with the function from an elapsed fraction (clamped to
  /// 0…1) to the share of the cost spent by then, its case resolved once.
  ///
  /// A phase's walk over its periods then runs one case's arithmetic: a
  /// switch on every period reloaded the enum's payload each time.
  @inline(__always)
  func withSpent<Result>(row: [Double], _ body: (_ spent: (Double) -> Double) -> Result)
    -> Result
  {
    switch self {
    case .uniform: return body { Self.clamped($0) }
    case .frontLoaded:
      return body {
        let x = Self.clamped($0)
        return x * (2 - x)
      }
    case .backLoaded:
      return body {
        let x = Self.clamped($0)
        return x * x
      }
    case .lumpAtStart: return body { Self.clamped($0) > 0 ? 1 : 0 }
    case .lumpAtEnd: return body { Self.clamped($0) >= 1 ? 1 : 0 }
    case .sCurve(let k, let low, let span):
      // Its ends are exactly 0 and 1, as `low` and `span` are the same
      // logistic's (span > 0 for a steepness above 0): a phase's first
      // boundary (when it starts inside the grid) and last need no exp.
      return body {
        let x = Self.clamped($0)
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        return (Self.logistic(x, steepness: k) - low) / span
      }
    case .slices(let cumulative):
      let n = cumulative.count - 1
      return body {
        let position = Self.clamped($0) * Double(n)
        let slice = min(Int(position), n - 1)
        return cumulative[slice]
          + (position - Double(slice)) * (cumulative[slice + 1] - cumulative[slice])
      }
    case .perPatient(let recruitment, let followUp):
      let (recruitment, followUp) = (recruitment.value(row), followUp.value(row))
      return body {
        Self.perPatientSpent(Self.clamped($0), recruitment: recruitment, followUp: followUp)
      }
    }
  }

  @inline(__always)
  private static func clamped(_ x: Double) -> Double { min(max(x, 0), 1) }

  /// The logistic of steepness `k` centred on a half.
  private static func logistic(_ y: Double, steepness k: Double) -> Double {
    1 / (1 + exp(-k * (y - 0.5)))
  }

  /// Patient j, recruited at time s uniform on [0, r], spends evenly over
  /// [s, s + f] (with r + f = 1 after scaling): the spending rate at x is
  /// the share of patients in follow-up, |[x − f, x] ∩ [0, r]| / (r·f), and
  /// its integral has the closed form below.
  private static func perPatientSpent(_ x: Double, recruitment: Double, followUp: Double)
    -> Double
  {
    let total = recruitment + followUp
    guard recruitment > 0, followUp > 0, total > 0 else { return x }
    let r = recruitment / total
    let f = followUp / total
    let recruited = x <= r ? x * x / 2 : r * r / 2 + r * (x - r)
    let finished = x <= f ? 0 : (x - f) * (x - f) / 2
    return (recruited - finished) / (r * f)
  }

  /// The profile of a model's cost curve.
  init(_ curve: CostCurve, perPatient: (recruitment: Input, followUp: Input)?) {
    switch curve {
    case .uniform: self = .uniform
    case .frontLoaded: self = .frontLoaded
    case .backLoaded: self = .backLoaded
    case .sCurve(let steepness):
      let low = Self.logistic(0, steepness: steepness)
      self = .sCurve(
        steepness: steepness, low: low, span: Self.logistic(1, steepness: steepness) - low)
    case .lumpAtStart: self = .lumpAtStart
    case .lumpAtEnd: self = .lumpAtEnd
    case .weights(let weights):
      let total = weights.reduce(0, +)
      var cumulative = [0.0]
      var spent = 0.0
      for weight in weights {
        spent += weight / total
        cumulative.append(spent)
      }
      cumulative[cumulative.count - 1] = 1
      self = .slices(cumulative)
    case .perPatient:
      self =
        perPatient.map { .perPatient(recruitment: $0.recruitment, followUp: $0.followUp) }
        ?? .uniform
    }
  }
}
