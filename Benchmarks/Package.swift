// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// SwiftPM names a local package after its folder, which a clone may name
/// as it likes.
let runway = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

/// Runway's benchmarks, with ordo-one/benchmark.
///
/// Its own package, so that `swift build` and `swift test` at the top never
/// build it. See README.md ("Benchmarks"): `cd Benchmarks && swift package
/// benchmark`.
let package = Package(
  name: "RunwayBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]
    ),
  ],
  targets: [
    .executableTarget(
      name: "Engine",
      dependencies: [
        .product(name: "RunwayEngine", package: runway),
        .product(name: "RunwayModel", package: runway),
        .product(name: "RunwayNumerics", package: runway),
        .product(name: "RunwayScenarioFile", package: runway),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Engine",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
