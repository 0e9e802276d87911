import Foundation
import Testing

/// `runway solve`: the override path from the command line to the answer,
/// and the errors a BD lead may meet.
struct SolveCommandTests {
  /// The LifeLiver NASH licence split 50/50: the solved first-tier royalty
  /// gives both sides the same rNPV (the achieved share is 50 %), and
  /// the report of the solved deal records the term as an override.
  @Test func solvesARoyaltyForAnEvenSplit() throws {
    let out = RunCommandTests.scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try RunwayProcess.run([
      "solve", "scenarios/lifeliver-korea.yaml", "--deal", "hepastem-nash-korea", "--term",
      "royalty.tiers[0].rate", "--target", "share=50%", "--paths", "2000", "--json", "--out", out,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
    let solution = try #require(object as? [String: Any])
    let rate = try #require(solution["value"] as? Double)
    let ours = try #require(solution["ourValue"] as? Double)
    let theirs = try #require(solution["counterpartyValue"] as? Double)
    #expect(rate > 0 && rate < 1)
    #expect(abs(ours - theirs) < 1e-6 * abs(ours))
    let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
    #expect(summary.contains("--set deals.hepastem-nash-korea.royalty.tiers[0].rate=\(rate)"))
  }

  @Test func explainsWhatItCannotDo() throws {
    let base = ["solve", "scenarios/lifeliver-korea.yaml", "--paths", "500"]
    let noRange = try RunwayProcess.run(
      base + ["--deal", "hepastem-nash-korea", "--term", "upfront", "--target", "rnpv=1M"])
    #expect(noRange.status != 0)
    #expect(noRange.standardError.contains("--range LOW,HIGH is needed for upfront"))
    let unreachable = try RunwayProcess.run(
      base + [
        "--deal", "hepastem-nash-korea", "--term", "royalty.tiers[0].rate", "--target",
        "rnpv=1bn",
      ])
    #expect(unreachable.status != 0)
    #expect(unreachable.standardError.contains("no value of the term in [0.0, 1.0] reaches"))
    let wrongPath = try RunwayProcess.run(
      base + [
        "--deal", "hepastem-nash-korea", "--term", "royalty.tier[0].rate", "--target", "breakeven",
      ])
    #expect(wrongPath.status != 0)
    #expect(wrongPath.standardError.contains("has no field 'tier'"))
  }
}
