// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Runway",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "runway", targets: ["runway"]),
    .library(name: "RunwayNumerics", targets: ["RunwayNumerics"]),
    .library(name: "RunwayModel", targets: ["RunwayModel"]),
    .library(name: "RunwayScenarioFile", targets: ["RunwayScenarioFile"]),
    .library(name: "RunwayEngine", targets: ["RunwayEngine"]),
    .library(name: "RunwayReport", targets: ["RunwayReport"]),
    .library(name: "RunwayHistory", targets: ["RunwayHistory"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // MARK: - Public API

    .target(name: "RunwayNumerics", dependencies: ["COpenBLAS", "CPhilox"]),
    .target(name: "RunwayModel"),
    .target(
      name: "RunwayScenarioFile",
      // The engine: the validator builds each distribution as it will.
      dependencies: [
        "RunwayEngine", "RunwayModel", "RunwayNumerics", .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(name: "RunwayEngine", dependencies: ["RunwayModel", "RunwayNumerics"]),
    .target(
      name: "RunwayReport",
      // Plot: the HTML report as typed nodes, escaped, never concatenated.
      // ZIPFoundation: the audit workbook's Office Open XML package.
      dependencies: [
        "CRunwaySystem", "RunwayEngine", "RunwayModel", "RunwayNumerics",
        .product(name: "Plot", package: "Plot"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // GRDB: the run history, a SQLite database with versioned migrations.
    .target(name: "RunwayHistory", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
    .executableTarget(
      name: "runway",
      dependencies: [
        "RunwayEngine", "RunwayModel", "RunwayNumerics", "RunwayReport", "RunwayScenarioFile",
        "RunwayHistory", "CRunwaySystem",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // SHA-256 of the scenario file, for the report's provenance.
        .product(name: "Crypto", package: "swift-crypto"),
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

    /// Philox4x32-10 over a block of paths, in C so that it can be compiled
    /// for the processor's widest vector unit (AVX-512, AVX2, baseline),
    /// which Swift code cannot choose at run time.
    .target(
      name: "CPhilox",
      // Optimised in debug builds too (release builds are already), like
      // the engine and its numerics.
      cSettings: [.unsafeFlags(["-O2"], .when(configuration: .debug))]
    ),

    /// The atomic exchange of two paths (`renameat2`), which replaces a
    /// report folder without a moment in which it is missing; and whether
    /// the processor runs the engine as it was compiled (x86-64-v3).
    .target(name: "CRunwaySystem"),

    // MARK: - Unit test bundles

    .testTarget(name: "RunwayNumericsTests", dependencies: ["RunwayNumerics"]),
    .testTarget(name: "RunwayModelTests", dependencies: ["RunwayModel"]),
    .testTarget(
      name: "RunwayScenarioFileTests", dependencies: ["RunwayScenarioFile", "RunwayModel"]
    ),
    .testTarget(
      name: "RunwayEngineTests",
      dependencies: ["RunwayEngine", "RunwayNumerics", "RunwayScenarioFile", "RunwayModel"]
    ),
    .testTarget(
      name: "RunwayReportTests",
      dependencies: [
        "RunwayReport", "RunwayEngine", "RunwayModel", "RunwayNumerics", "RunwayScenarioFile",
        .product(name: "Plot", package: "Plot"),
      ],
      // Golden files are read by path, not bundled.
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "RunwayCLITests", dependencies: ["runway", "RunwayReport"],
      // The workbook's checker is run by path with python3.
      exclude: ["Workbook"]
    ),
  ]
)

// The engine and its numerics optimised in debug builds too: the tests
// value whole scenarios (the flagship's page 1 among them), which unoptimised
// code runs ten times slower.
for target in package.targets where ["RunwayEngine", "RunwayNumerics"].contains(target.name) {
  target.swiftSettings = [.unsafeFlags(["-O"], .when(configuration: .debug))]
}

// The numerics and the engine offer their small functions (a Welford
// update, a quantile) for inlining across the module boundary: without it
// each is a call from the per-path loop, and a generic one is not
// specialised. The same arithmetic, so the same bits.
for target in package.targets where ["RunwayNumerics", "RunwayEngine"].contains(target.name) {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))
    ]
}

// Swift's `squareRoot()` goes through C's `sqrt`, which on Linux sets
// `errno` for a negative argument: a branch to the C library beside each
// square-root instruction, which keeps a loop of them from vectorising.
// Without `errno` it is the instruction alone, whose result IEEE 754 fixes
// to the bit: a column of triangular draws then takes half the time.
for target in package.targets where ["RunwayNumerics", "RunwayEngine"].contains(target.name) {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [.unsafeFlags(["-Xcc", "-fno-math-errno"])]
}

// On x86-64 Linux the engine and its numerics are compiled for x86-64-v3
// (AVX2, BMI2: Intel Core since Haswell, 2013; AMD since Excavator, 2015):
// a path runs in 7 % fewer instructions (three-operand forms, four lanes
// where a loop vectorises). Swift forms no fused multiply-add, and C code
// its headers inline is kept from forming one, so it is the same
// arithmetic, with the same bits. With RUNWAY_PORTABLE set (to anything),
// `swift build` builds for every x86-64 instead; a `runway` built for v3
// stops with a message on a processor without it (`CRunwaySystem`),
// rather than crash. The manifest sees the machine that builds: a build
// for another architecture from x86-64 Linux needs RUNWAY_PORTABLE too.
#if arch(x86_64) && os(Linux)
if Context.environment["RUNWAY_PORTABLE"] == nil {
  for target in package.targets where ["RunwayNumerics", "RunwayEngine"].contains(target.name) {
    target.swiftSettings =
      (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xcc", "-march=x86-64-v3", "-Xcc", "-ffp-contract=off"])
      ]
  }
  for target in package.targets where target.name == "CRunwaySystem" {
    target.cSettings = (target.cSettings ?? []) + [.define("RUNWAY_ENGINE_NEEDS_X86_64_V3")]
  }
}
#endif

// Upcoming language features for every target, as swift-configuration does.
for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      // SE-0335: `any` spelled out for existentials.
      .enableUpcomingFeature("ExistentialAny"),
      // SE-0444: imports are visible only in the files that write them.
      .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
