import ArgumentParser
import Foundation
import RunwayReport
import RunwayScenarioFile

/// Every error a command ends with, rendered in one form: a scenario
/// file's diagnostics as `file:line:column: error: field message`,
/// anything else as `runway: error: message`, never a raw enum case.
enum ErrorReport {
  /// The lines that report `error` on standard error.
  static func lines(for error: any Error, command: any ParsableCommand.Type) -> [String] {
    switch error {
    case let error as ScenarioFileError: error.diagnostics.map(\.description)
    case let error as CommandLineError: ["runway: error: \(error.message)"]
    default: ["runway: error: \(message(for: error, command: command))"]
    }
  }

  /// The words for an error of the argument parser, the engine, a report
  /// or the system.
  static func message(for error: any Error, command: any ParsableCommand.Type) -> String {
    if let localized = error as? any LocalizedError, let description = localized.errorDescription {
      return description
    }
    let foundation = error as NSError
    if [NSCocoaErrorDomain, NSPOSIXErrorDomain].contains(foundation.domain) {
      return systemMessage(foundation)
    }
    // The argument parser's own errors, and any error's description.
    return command.message(for: error)
  }

  /// A Foundation error in the system's words ("Permission denied"), not
  /// as "NSCocoaErrorDomain error 512".
  private static func systemMessage(_ error: NSError) -> String {
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return error.localizedDescription
  }

  /// Prints `lines` on standard error, made safe for a terminal.
  static func print(_ lines: [String]) {
    for line in lines { printToStandardError(line) }
  }
}

func printToStandardError(_ line: String) {
  FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
}
