/// Something that can happen to a program on a path, on which a payment or
/// a decision depends.
public enum ProgramEvent: Hashable, Sendable, CustomStringConvertible {
  /// The named phase starts.
  case phaseStart(String)
  /// The named phase succeeds (at its end).
  case phaseSuccess(String)
  /// The last phase succeeds.
  case approval
  /// The first sale after launch.
  case firstSale
  /// Annual net sales (in the deal's territory) first reach the threshold.
  case salesThreshold(Quantity)

  public var description: String {
    switch self {
    case .phaseStart(let phase): "start of \(phase)"
    case .phaseSuccess(let phase): "success of \(phase)"
    case .approval: "approval"
    case .firstSale: "first sale"
    case .salesThreshold(let threshold): "annual sales reaching \(threshold)"
    }
  }
}
