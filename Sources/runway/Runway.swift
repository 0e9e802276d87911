import ArgumentParser

/// The `runway` command: values biotech funding and licence deals.
@main
struct Runway: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "runway",
    abstract: "Values biotech funding and licence deals with Monte Carlo rNPV.",
    version: "0.1.0",
    subcommands: [Validate.self, Run.self, Sensitivity.self, Solve.self, Compare.self, Schema.self]
  )
}
