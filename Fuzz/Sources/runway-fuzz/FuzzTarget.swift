import Foundation
import RunwayEngine
import RunwayReport
import RunwayScenarioFile

/// libFuzzer's entry point: reads the bytes as a scenario file and, when
/// it validates, values it on a few paths and renders every report text
/// and the audit workbook.
///
/// Any trap, stack overflow or hang here is a defect: the validator must
/// refuse whatever the engine or the reports cannot take.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  guard case .success(let parsed) = ScenarioFile.parse(data, file: "fuzz.yaml") else { return 0 }
  let taxWork = ScenarioFile.taxOutcomePeriods(parsed.scenario)
  // Sensitivities on every input whose tax walk is cheap, and on one in 16
  // of the costly ones up to the flagship's (chosen by the bytes, so that
  // an input always runs the same way): a flagship-like input spends
  // seconds there, which would leave the minute a few dozen inputs.
  let sampled = data.reduce(0) { $0 &+ Int($1) } % 16 == 0
  let options = Valuation.Options(
    paths: 64, threads: 1, periodSamplePaths: 64,
    sensitivity: taxWork <= cheapTaxWork || (sampled && taxWork <= flagshipTaxWork))
  guard let simulation = try? Valuation.simulate(parsed.scenario, options: options) else {
    return 0
  }
  let result = simulation.result
  let provenance = Provenance(
    scenarioFile: "fuzz.yaml", sha256: "", overrides: [], runwayVersion: "fuzz", date: "")
  _ = SummaryMarkdown.text(result, provenance: provenance)
  _ = ReportHTML.text(result, provenance: provenance)
  _ = TerminalSummary.text(result)
  _ = try? ResultJSON.encode(result)
  _ = ReportCSV.cashflows(result).text + ReportCSV.components(result).text
  _ = try? AuditWorkbook.data(
    result, flows: simulation.datedFlows(), values: simulation.headlineValues,
    provenance: provenance)
  return 0
}

/// The flagship's joint outcomes times its periods (31,104 × 88), about
/// 10 s of sensitivities under the fuzzer's instrumentation.
///
/// What each of the sensitivities' analytic valuations costs. Above the
/// flagship's, a mutation (a horizon a century away, say) would take the
/// sensitivities past the 30 s a hang is called at; such a scenario is
/// valued without them, as the validator bounds it (and the tests run it).
let flagshipTaxWork = 3_000_000

/// A tax walk a fiftieth of the flagship's: its sensitivities take a
/// fraction of a second under the fuzzer's instrumentation.
let cheapTaxWork = flagshipTaxWork / 50

/// libFuzzer's driver, which parses its flags and calls the target.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ target: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The program's entry point (SwiftPM names it after the target): hands
/// the command line to libFuzzer's driver.
@_cdecl("runway_fuzz_main")
func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments, fuzzScenario)
}
