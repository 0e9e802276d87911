/// An error the CLI reports as `runway: error: message`: one with no place
/// in a scenario file (a bad option, a report that cannot be written).
struct CommandLineError: Error {
  let message: String

  init(_ message: String) { self.message = message }
}
