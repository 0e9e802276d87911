import Foundation
import RunwayEngine
import Testing

/// A fixed seed gives the same result to the last bit whatever the number
/// of threads or the batch size, and a variable added to the scenario
/// leaves the other draws unchanged.
struct ReproducibilityTests {
  static let walloon = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios/walloon-package.yaml")

  static func walloonText() throws -> String { try String(contentsOf: walloon, encoding: .utf8) }

  /// The Walloon package (correlated variables, uncertain durations, costs,
  /// probabilities, discount rate, clawbacks): every figure of the result,
  /// percentiles and period bands included, is equal across 1, 2 and 8
  /// threads and batches of 4,096, 1,024 and 3,072 paths (batches are whole
  /// blocks of 1,024).
  @Test func sameBitsOnAnyThreadCountAndBatchSize() throws {
    let text = try Self.walloonText()
    let reference = try Valuing.run(text, paths: 6_000, seed: 11, threads: 1, batchSize: 4_096)
    for (threads, batchSize) in [(2, 4_096), (8, 1_024), (2, 3_072)] {
      let other = try Valuing.run(
        text, paths: 6_000, seed: 11, threads: threads, batchSize: batchSize)
      #expect(other == reference, "threads \(threads), batch \(batchSize)")
    }
    let reseeded = try Valuing.run(text, paths: 6_000, seed: 12, threads: 2)
    #expect(reseeded.monteCarlo.mean != reference.monteCarlo.mean)
  }

  /// Adding an unrelated deal and an unused variable changes no other
  /// component's sample: common random numbers between scenario versions.
  @Test func addingADealLeavesTheOtherDrawsUnchanged() throws {
    let text = try Self.walloonText()
    let extended =
      text.replacingOccurrences(
        of: "variables:\n", with: "variables:\n  unused: {distribution: normal, mean: 0, sd: 1}\n")
        + """

        deals:
          extra:
            kind: cash-flows
            counterparty: Someone
            flows:
              - {date: 2020-01-01, amount: 1M}
        """
    let base = try Valuing.run(text, paths: 3_000)
    let more = try Valuing.run(extended, paths: 3_000)
    for component in base.components {
      #expect(more.component(component.id) == component, "\(component.id)")
    }
  }

  /// An inline input is drawn by its index path, the one --set takes:
  /// renaming its phase changes no draw, so the programme's Monte Carlo
  /// figures are the same to the bit.
  @Test func renamingAPhaseLeavesItsDrawsUnchanged() throws {
    let text = { (phase: String) in
      Valuing.settings(horizon: "2025") + """
        programs:
          drug:
            name: Drug
            phases:
              - {name: \(phase), start: 2021-01-01, duration: {distribution: pert, min: 1, mode: 1.5, max: 3}, cost: {distribution: lognormal, median: 10M, p90: 20M}, successProbability: 50%}
        """
    }
    let before = try #require(try Valuing.run(text("Phase 2"), paths: 2_048).component("drug"))
    let after = try #require(try Valuing.run(text("Phase II"), paths: 2_048).component("drug"))
    #expect(before.monteCarlo == after.monteCarlo)
    #expect(before.monteCarlo.standardError > 0)
  }
}

/// Latin hypercube sampling puts one path in each of n equal strata of
/// every input, so the sample mean of a uniform input is within 1/(2n) of
/// its range's middle, far closer than random sampling's standard error.
struct LatinHypercubeTests {
  @Test func stratifiesEveryInput() throws {
    let text =
      Valuing.settings(
        extra: """
            simulation:
              sampling: latin-hypercube
          """)
        + """
        deals:
          payment:
            kind: cash-flows
            counterparty: Anyone
            flows:
              - {date: 2021-01-01, amount: {distribution: uniform, min: 0, max: 1M}}
        """
    let result = try Valuing.run(text, paths: 1_000)
    // 1M / 1,000 paths / 2: the largest gap a one-per-stratum sample leaves.
    #expect(abs(result.monteCarlo.mean - 0.5e6) <= 500)
    #expect(result.monteCarlo.standardError > 5_000)  // each path still varies
  }
}
