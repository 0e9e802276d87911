import ArgumentParser
import Foundation
import RunwayEngine
import RunwayScenarioFile

/// `runway validate FILE…`: checks scenario files and prints every problem
/// as `file:line:column: severity: field message`.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check scenario files and report every problem with its line and column.")

  @Argument(help: "Scenario files (YAML); - reads standard input.")
  var files: [String]

  func run() throws {
    var failed = false
    for file in files {
      switch ScenarioFile.load(path: file) {
      case .success(let (scenario, warnings)):
        let text = (try? ScenarioFile.contents(path: file).get()).flatMap {
          String(data: $0, encoding: .utf8)
        }
        for warning in warnings { printToStandardError(warning.description) }
        // The engine's warnings need the model: the costs aid is set
        // against, a correlation matrix repaired.
        do {
          for warning in try Valuation.warnings(scenario) {
            printToStandardError(ScenarioFile.warning(warning, in: text ?? "", file: file))
          }
        } catch {
          printToStandardError("\(file): error: \(error)")
          failed = true
        }
      case .failure(let error):
        for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
        failed = true
      }
    }
    if failed { throw ExitCode.failure }
  }
}
