// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// SwiftPM names a local package after its folder, which a clone may name
/// as it likes.
let runway = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent.lowercased()

/// The coverage-guided fuzz target of Runway.
///
/// Its own package, so that it is built only with libFuzzer
/// (`-sanitize=fuzzer`), never by `swift build` or `swift test` at the top.
/// See README.md ("Reliability").
let package = Package(
  name: "RunwayFuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "runway-fuzz",
      dependencies: [
        .product(name: "RunwayScenarioFile", package: runway),
        .product(name: "RunwayEngine", package: runway),
        .product(name: "RunwayReport", package: runway),
      ],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  ]
)
