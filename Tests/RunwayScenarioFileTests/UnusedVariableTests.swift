import Foundation
import RunwayScenarioFile
import Testing

/// A variable no field uses is a warning at its line.
///
/// It would be drawn, listed and correlated while moving nothing (the
/// review found two in the shipped scenarios). One used through another
/// variable is used.
struct UnusedVariableTests {
  @Test func aVariableNoFieldUsesIsAWarningAtItsLine() {
    let text =
      Fixtures.settings + """
        variables:
          peak: {distribution: pert, min: 80M, mode: 120M, max: 200M}
          alias: $peak
          unused: 3
          success: 30%

        """ + Fixtures.program.replacingOccurrences(of: "30.7%", with: "$success")
        + """
        deals:
          partner:
            kind: out-licence
            counterparty: P
            program: aclf
            milestones:
              - {event: approval, amount: $alias}

        """
    #expect(
      diagnostics(text) == [
        "t.yaml:13:3: warning: variables.unused is defined but no field uses it; remove it, or use it as $unused"
      ])
  }
}
