// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Runway",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "runway", targets: ["runway"]),
    .library(name: "RunwayNumerics", targets: ["RunwayNumerics"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // MARK: - Public API

    .target(name: "RunwayNumerics", dependencies: ["COpenBLAS"]),
    .executableTarget(
      name: "runway",
      dependencies: [
        "RunwayNumerics",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Implementation details

    /// OpenBLAS (BLAS and, on Debian, its LAPACK) from the system packages
    /// `libopenblas-dev` and `liblapack-dev`.
    .systemLibrary(
      name: "COpenBLAS",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev", "liblapack-dev"])]
    ),

    // MARK: - Unit test bundles

    .testTarget(name: "RunwayNumericsTests", dependencies: ["RunwayNumerics"]),
  ]
)

// Upcoming language features for every target, as swift-configuration does.
for target in package.targets where target.type != .system {
  target.swiftSettings = (target.swiftSettings ?? []) + [
    // SE-0335: `any` spelled out for existentials.
    .enableUpcomingFeature("ExistentialAny"),
    // SE-0444: imports are visible only in the files that write them.
    .enableUpcomingFeature("MemberImportVisibility"),
  ]
}
