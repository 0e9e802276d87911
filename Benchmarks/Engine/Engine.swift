import Benchmark
import Foundation
import RunwayEngine
import RunwayModel
import RunwayNumerics
import RunwayScenarioFile

/// The engine's benchmarks: the numerics core (standard normals, the
/// copula's correlated draws with BLAS and without) and the whole
/// valuation of `scenarios/bench-portfolio.yaml`, the fixed workload, on
/// one thread and on every core.
///
/// The valuation's file is read once, outside the measurement, and no
/// report is written: what is measured is the engine's own time (the
/// model, the deterministic valuations, the Monte Carlo, the summaries and
/// the one-at-a-time analyses), with the Monte Carlo's share apart.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .throughput], maxDuration: .seconds(5))

  let stream = RandomStream(seed: 42, name: "bench")
  Benchmark(
    "Standard normals, a column of 1,024 paths (Philox4x32-10 kernel, AS 241)",
    configuration: .init(scalingFactor: .mega)
  ) { benchmark in
    // As the Monte Carlo draws an input for a block of paths: the
    // kernel's column of first uniforms, then each one's normal score. An
    // iteration is one normal.
    let normals = benchmark.scaledIterations.count
    var column = [Double](repeating: 0, count: 1_024)
    var sum = 0.0
    for start in stride(from: 0, to: normals, by: column.count) {
      column.withUnsafeMutableBufferPointer { column in
        let paths = start..<min(start + column.count, normals)
        stream.firstUniforms(paths: paths, into: column)
        for u in column[..<paths.count] { sum += StandardNormal.quantile(u) }
      }
    }
    blackHole(sum)
  }

  BLAS.useOneThread()
  for variables in [2, 4, 16, 64] {
    let copula = Workload.copula(variables: variables)
    let independent = Workload.normals(paths: 4_096, variables: variables, stream: stream)
    for viaBLAS in [true, false] {
      Benchmark(
        "Correlated draws, \(variables) variables, 4,096 paths, "
          + (viaBLAS ? "BLAS dgemm" : "plain loop"),
        configuration: .init(scalingFactor: .kilo)
      ) { benchmark in
        for _ in benchmark.scaledIterations {
          var batch = independent
          if viaBLAS { copula.correlateWithBLAS(&batch) } else { copula.correlateWithLoop(&batch) }
          blackHole(batch.storage[0])
        }
      }
    }
  }

  let portfolio = Workload.benchPortfolio()
  let cores = ProcessInfo.processInfo.activeProcessorCount
  for threads in Set([1, cores]).sorted() {
    Benchmark(
      "bench-portfolio, 1M paths, \(threads) thread\(threads == 1 ? "" : "s")",
      configuration: .init(
        metrics: [
          .wallClock, .cpuTotal, .peakMemoryResident, Workload.runRate, Workload.monteCarloRate,
        ],
        warmupIterations: 0, maxDuration: .seconds(20), maxIterations: 3)
    ) { benchmark in
      let seconds = try Workload.seconds(valuing: portfolio, threads: threads)
      benchmark.measurement(Workload.runRate, Int(Double(Workload.paths) / seconds.run))
      if seconds.monteCarlo > 0 {
        benchmark.measurement(
          Workload.monteCarloRate, Int(Double(Workload.paths) / seconds.monteCarlo))
      }
    }
  }

  guard cores > 1 else { return }
  Benchmark(
    "bench-portfolio, 1M paths, parallel efficiency, 1 to \(cores) threads",
    configuration: .init(
      metrics: [Workload.runEfficiency, Workload.monteCarloEfficiency],
      warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 5)
  ) { benchmark in
    // One thread, every core, every core, one thread, back to back: a
    // machine whose speed drifts by the minute (a VM) then slows both
    // alike, as the two benchmarks above, run minutes apart, are not.
    var one = (run: 0.0, monteCarlo: 0.0)
    var all = (run: 0.0, monteCarlo: 0.0)
    for threads in [1, cores, cores, 1] {
      let seconds = try Workload.seconds(valuing: portfolio, threads: threads)
      if threads == 1 {
        one = (one.run + seconds.run, one.monteCarlo + seconds.monteCarlo)
      } else {
        all = (all.run + seconds.run, all.monteCarlo + seconds.monteCarlo)
      }
    }
    // The speed-up over the cores, in per cent: 100 when they add up.
    func efficiency(_ one: Double, _ all: Double) -> Int {
      Int((100 * one / (Double(cores) * all)).rounded())
    }
    benchmark.measurement(Workload.runEfficiency, efficiency(one.run, all.run))
    benchmark.measurement(
      Workload.monteCarloEfficiency, efficiency(one.monteCarlo, all.monteCarlo))
  }
}

/// What the benchmarks measure on, and the metrics they add.
enum Workload {
  /// The paths of a valuation of bench-portfolio.
  static let paths = 1_000_000

  /// Paths a second of the whole valuation.
  static let runRate = BenchmarkMetric.custom(
    "Paths a second, whole valuation", polarity: .prefersLarger, useScalingFactor: false)
  /// Paths a second of the Monte Carlo alone.
  static let monteCarloRate = BenchmarkMetric.custom(
    "Paths a second, Monte Carlo alone", polarity: .prefersLarger, useScalingFactor: false)

  /// Parallel efficiency in per cent, whole valuation.
  static let runEfficiency = BenchmarkMetric.custom(
    "Parallel efficiency %, whole valuation", polarity: .prefersLarger,
    useScalingFactor: false)
  /// Parallel efficiency in per cent, Monte Carlo alone.
  static let monteCarloEfficiency = BenchmarkMetric.custom(
    "Parallel efficiency %, Monte Carlo alone", polarity: .prefersLarger,
    useScalingFactor: false)

  /// The seconds of a valuation of `scenario` at ``paths`` paths on
  /// `threads` threads, and of its Monte Carlo (the engine's own timing).
  static func seconds(valuing scenario: Scenario, threads: Int) throws -> (
    run: Double, monteCarlo: Double
  ) {
    let options = Valuation.Options(paths: paths, threads: threads)
    let start = DispatchTime.now().uptimeNanoseconds
    let simulation = try Valuation.simulate(scenario, options: options)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    blackHole(simulation.result.monteCarlo.mean)
    let monteCarlo = simulation.timings.parts.first { $0.name == "Monte Carlo" }?.seconds ?? 0
    return (seconds, monteCarlo)
  }

  /// Equicorrelated at 0.3.
  static func copula(variables: Int) -> GaussianCopula {
    var correlation = Matrix.identity(variables)
    for i in 0..<variables {
      for j in 0..<variables where i != j { correlation[i, j] = 0.3 }
    }
    guard let copula = try? GaussianCopula(correlation) else {
      fatalError("an equicorrelation of 0.3 is positive definite")
    }
    return copula
  }

  /// A batch of independent standard normals, path-major.
  static func normals(paths: Int, variables: Int, stream: RandomStream) -> Matrix {
    var batch = Matrix(rows: paths, columns: variables)
    for index in batch.storage.indices {
      batch.storage[index] = StandardNormal.quantile(stream.uniform(path: UInt64(index), draw: 1))
    }
    return batch
  }

  /// The fixed workload, read from the repository beside this package.
  static func benchPortfolio() -> Scenario {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/bench-portfolio.yaml").path
    guard case .success(let parsed) = ScenarioFile.load(path: path) else {
      fatalError("\(path) does not validate: run `swift run runway validate \(path)`")
    }
    return parsed.scenario
  }
}
