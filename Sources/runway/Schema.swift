import ArgumentParser
import RunwayScenarioFile

/// `runway schema`: prints the JSON Schema of scenario files, for editors.
struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema of scenario files (for editor completion and checks).")

  func run() {
    print(JSONSchema.document())
  }
}
