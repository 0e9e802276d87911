import Foundation
import Testing

/// `runway schema` is a JSON Schema that an independent validator (Python's
/// `jsonschema`, the reference implementation) accepts every scenario
/// against, and that rejects a misspelt key.
struct SchemaCommandTests {
  /// Validates YAML files against a schema with Python's jsonschema and
  /// PyYAML (dates kept as text, as Runway reads them); prints one line per
  /// file: `ok` or the first error.
  static let checker = """
    import json, sys, datetime, yaml, jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    def plain(value):
        if isinstance(value, (datetime.date, datetime.datetime)): return value.isoformat()
        if isinstance(value, dict): return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list): return [plain(v) for v in value]
        return value
    for path in sys.argv[2:]:
        errors = sorted(validator.iter_errors(plain(yaml.safe_load(open(path)))), key=str)
        print(path, "ok" if not errors else errors[0].message)
    """

  func check(_ files: [String]) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let schema = try RunwayProcess.run(["schema"])
    #expect(schema.status == 0)
    let schemaFile = folder.appendingPathComponent("scenario.schema.json")
    try schema.standardOutput.write(to: schemaFile, atomically: true, encoding: .utf8)
    let result = try RunwayProcess.run(
      ["python3", "-c", Self.checker, schemaFile.path] + files,
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(
      result.status == 0, "python3 with jsonschema and PyYAML is needed: \(result.standardError)")
    return result.standardOutput.split(separator: "\n").map(String.init)
  }

  @Test func everyScenarioMatchesTheSchema() throws {
    let files = try RunwayProcess.scenarioFiles()
    #expect(try check(files) == files.map { "\($0) ok" })
  }

  @Test func theSchemaRejectsAMisspeltKey() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(
      contentsOf: RunwayProcess.repository.appendingPathComponent("scenarios/walloon-package.yaml"),
      encoding: .utf8)
    let file = folder.appendingPathComponent("typo.yaml")
    try text.replacingOccurrences(of: "  discountRate:", with: "  discountRat:").write(
      to: file, atomically: true, encoding: .utf8)
    let lines = try check([file.path])
    #expect(lines.count == 1)
    #expect(lines.first?.contains("ok") == false)
  }
}
