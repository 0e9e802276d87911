import Dispatch
import Foundation
import RunwayEngine
import RunwayNumerics
import RunwayScenarioFile

// Micro-benchmarks of the numerics core. Each figure is the best of five
// runs (the least disturbed by the rest of the machine), stated as a rate.

/// Best-of-`repeats` seconds of `body`, whose result is kept live.
func seconds(repeats: Int = 5, _ body: () -> Double) -> Double {
  var best = Double.infinity
  var sink = 0.0
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    sink += body()
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  if sink == .pi { print("") }  // keeps `sink` (and the work) alive
  return best
}

func rate(_ count: Double, _ seconds: Double) -> String {
  String(format: "%7.1fM/s (%5.2f ns each)", count / seconds / 1e6, seconds / count * 1e9)
}

let cores = ProcessInfo.processInfo.activeProcessorCount
print(
  "Runway numerics benchmarks — \(cores) cores, \(ProcessInfo.processInfo.operatingSystemVersionString)"
)
print()

// MARK: Normals

let stream = RandomStream(seed: 42, name: "bench")
let normalCount = 20_000_000

func normals(paths: Range<Int>) -> Double {
  var sum = 0.0
  for path in paths {
    let (u, v) = stream.uniformPair(path: UInt64(path), block: 0)
    sum += StandardNormal.quantile(u) + StandardNormal.quantile(v)
  }
  return sum
}

let oneCore = seconds { normals(paths: 0..<normalCount / 2) }
print(
  "standard normals (Philox4x32-10 + AS 241), 1 thread:   \(rate(Double(normalCount), oneCore))")
let runner = BatchRunner(batchSize: 65_536, threads: cores)
let allCores = seconds {
  runner.map(paths: normalCount / 2) { normals(paths: $0) }.reduce(0, +)
}
print(
  "standard normals, \(cores) threads:                       \(rate(Double(normalCount), allCores))"
    + String(format: "  efficiency %.0f%%", oneCore / allCores / Double(cores) * 100))
print()

// MARK: Correlated draws

print("correlated draws (Z·Lᵀ of a batch of 4,096 paths), 1 thread, per draw:")
print("  vars   BLAS dgemm                       plain loop                      BLAS/loop")
BLAS.useOneThread()
for k in [2, 4, 16, 64] {
  var correlation = Matrix.identity(k)
  for i in 0..<k { for j in 0..<k where i != j { correlation[i, j] = 0.3 } }
  let copula = try GaussianCopula(correlation)
  let paths = 4_096
  var independent = Matrix(rows: paths, columns: k)
  for index in independent.storage.indices {
    independent.storage[index] = StandardNormal.quantile(
      stream.uniform(path: UInt64(index), draw: 1))
  }
  let rounds = max(1, 2_000_000 / (paths * k)) * 8
  let draws = Double(paths * k * rounds)
  /// Seconds to correlate `rounds` copies of the batch, with BLAS or not.
  func timing(blas: Bool) -> Double {
    seconds {
      var total = 0.0
      for _ in 0..<rounds {
        var batch = independent
        if blas { copula.correlateWithBLAS(&batch) } else { copula.correlateWithLoop(&batch) }
        total += batch.storage[0]
      }
      return total
    }
  }
  let viaBLAS = timing(blas: true)
  let viaLoop = timing(blas: false)
  print(
    String(format: "  %4d", k) + "   \(rate(draws, viaBLAS))   \(rate(draws, viaLoop))"
      + String(format: "   %.2f×", viaLoop / viaBLAS))
}

// MARK: Valuation of the benchmark portfolio

let portfolioPath = "scenarios/bench-portfolio.yaml"
guard case .success(let parsed) = ScenarioFile.load(path: portfolioPath) else {
  print("\(portfolioPath) does not validate: run `swift run runway validate \(portfolioPath)`")
  exit(1)
}
let portfolio = parsed.scenario
print()
print("valuation of \(portfolioPath) (whole run: simulation, analytic rNPV, exact percentiles):")

/// Best-of-3 seconds to value `paths` paths on `threads` threads.
func valuationSeconds(paths: Int, threads: Int) throws -> Double {
  var failure: (any Error)?
  let time = seconds(repeats: 3) {
    do {
      let options = Valuation.Options(paths: paths, threads: threads)
      return try Valuation.run(portfolio, options: options).monteCarlo.mean
    } catch {
      failure = error
      return 0
    }
  }
  if let failure { throw failure }
  return time
}

let valuationPaths = 500_000
let oneThread = try valuationSeconds(paths: valuationPaths, threads: 1)
let everyThread = try valuationSeconds(paths: valuationPaths, threads: cores)
func pathsPerSecond(_ seconds: Double) -> String {
  String(
    format: "%9.0f paths/s (%5.2f µs a path)", Double(valuationPaths) / seconds,
    seconds / Double(valuationPaths) * 1e6)
}
print("  1 thread:   \(pathsPerSecond(oneThread))")
print(
  "  \(cores) threads:  \(pathsPerSecond(everyThread))"
    + String(format: "  efficiency %.0f%%", oneThread / everyThread / Double(cores) * 100))

// Peak memory: each size runs in a child `runway run`, whose peak resident
// set the kernel reports when it exits.
let runwayBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  .appendingPathComponent("runway")
for paths in [1_000_000, 10_000_000] {
  let child = Process()
  child.executableURL = runwayBinary
  child.arguments = ["run", portfolioPath, "--paths", "\(paths)", "--json"]
  child.standardOutput = FileHandle.nullDevice
  let start = DispatchTime.now().uptimeNanoseconds
  try child.run()
  child.waitUntilExit()
  let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
  print(
    String(
      format: "  %@ paths in a child `runway run`: %.1f s, peak memory %.0f MiB",
      paths == 1_000_000 ? "1M " : "10M", elapsed, Double(usage.ru_maxrss) / 1024))
}
