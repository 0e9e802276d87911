import ArgumentParser
import RunwayScenarioFile

/// `runway schema`: prints the JSON Schema of scenario files, for editors.
struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema of scenario files (for editor completion and checks).")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, markdown
  }

  @Option(help: "json (the schema) or markdown (the field reference of docs/scenario-format.md).")
  var format: Format = .json

  func run() {
    switch format {
    case .json: print(JSONSchema.document())
    case .markdown: print(FormatReference.markdown(), terminator: "")
    }
  }
}
