/// Why a scenario cannot be valued: a model that the scenario file's
/// validator would have refused, built by hand or by an override.
public enum ValuationError: Error, Hashable, Sendable, CustomStringConvertible {
  case undefinedVariable(String)
  case missingFXRate(String)
  /// An exchange rate that, written in another currency, leads back to itself.
  case fxCycle(String)
  case invalidDistribution(field: String, String)
  case undefinedProgram(field: String, String)
  case undefinedPhase(field: String, program: String, String)
  case invalidCorrelation(String)
  case invalidOptions(String)
  /// A component's value came out infinite or not a number (a division by
  /// a zero price, an overflow): refused rather than reported.
  case nonFinite(component: String)

  public var description: String {
    switch self {
    case .undefinedVariable(let name): "variable $\(name) is not defined"
    case .missingFXRate(let code): "amounts in \(code) need an FX rate: scenario.fx.\(code)"
    case .fxCycle(let code):
      "scenario.fx.\(code): the exchange rate leads back to \(code) through rates written in currencies; write it as a plain number"
    case .invalidDistribution(let field, let message): "\(field): \(message)"
    case .undefinedProgram(let field, let program): "\(field): program '\(program)' is not defined"
    case .undefinedPhase(let field, let program, let phase):
      "\(field): program '\(program)' has no phase '\(phase)'"
    case .invalidCorrelation(let message): "correlations: \(message)"
    case .invalidOptions(let message): message
    case .nonFinite(let component):
      "\(component): the value is not a finite number on some path; check its inputs for zero prices or extreme values"
    }
  }
}
