import Testing

@testable import RunwayNumerics

struct Philox4x32Tests {
  /// Random123 v1.14.0, `tests/kat_vectors`, the three `philox4x32 10`
  /// lines: counter (4 words), key (2 words), expected output (4 words).
  static let knownAnswers: [([UInt32], [UInt32], [UInt32])] = [
    ([0, 0, 0, 0], [0, 0], [0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8]),
    (
      [0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff], [0xffff_ffff, 0xffff_ffff],
      [0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd]
    ),
    (
      [0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344], [0xa409_3822, 0x299f_31d0],
      [0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1]
    ),
  ]

  @Test(arguments: knownAnswers)
  func matchesRandom123KnownAnswers(counter: [UInt32], key: [UInt32], expected: [UInt32]) {
    let output = Philox4x32.block(
      counter: (counter[0], counter[1], counter[2], counter[3]), key: (key[0], key[1]))
    #expect([output.0, output.1, output.2, output.3] == expected)
  }

  @Test func drawsDependOnlyOnSeedNameAndPath() {
    let stream = RandomStream(seed: 42, name: "peakSales")
    var buffer = [Double](repeating: 0, count: 7)
    stream.fill(&buffer, path: 123_456_789)
    let oneByOne = (0..<7).map { stream.uniform(path: 123_456_789, draw: UInt32($0)) }
    #expect(buffer == oneByOne)
    // The same (seed, name) is the same stream, created anywhere.
    #expect(RandomStream(seed: 42, name: "peakSales") == stream)
    #expect(RandomStream(seed: 43, name: "peakSales") != stream)
    #expect(RandomStream(seed: 42, name: "peakSales2") != stream)
  }

  @Test func uniformsAreStrictlyInsideTheUnitIntervalWithUniformMoments() {
    let stream = RandomStream(seed: 7, name: "u")
    var moments = Moments()
    for path in 0..<200_000 {
      let (a, b) = stream.uniformPair(path: UInt64(path), block: 0)
      #expect(a > 0 && a < 1 && b > 0 && b < 1)
      moments.add(a)
      moments.add(b)
    }
    // Mean 1/2, variance 1/12; with n = 400,000 the standard error of the
    // mean is 0.000456 and of the variance about 0.00012: allow 4 of each.
    #expect(abs(moments.mean - 0.5) < 4 * 0.000456)
    #expect(abs(moments.variance - 1.0 / 12) < 4 * 0.00012)
  }

  @Test func extremeBitsMapInsideTheInterval() {
    #expect(RandomStream.unitInterval(0) == 0x1p-53)
    #expect(RandomStream.unitInterval((1 << 52) - 1) == 1 - 0x1p-53)
  }

  /// The vectorised kernel gives each path of a column its own first
  /// uniform, as the one-at-a-time bijection computes it: in its vector
  /// loop and its remainder, and across the 2^32 boundary of the counter's
  /// low word.
  ///
  /// It checks the clone that this machine's processor selects (AVX-512,
  /// AVX2 or the baseline); the three are the same C code.
  @Test func aColumnOfPathsIsTheirFirstUniforms() {
    let stream = RandomStream(seed: 42, name: "variables.peakSales")
    for paths in [0..<21, 3..<1_004, (1 << 32) - 517..<(1 << 32) + 14] {
      var column = [Double](repeating: 0, count: paths.count)
      column.withUnsafeMutableBufferPointer { stream.firstUniforms(paths: paths, into: $0) }
      #expect(column == paths.map { stream.uniform(path: UInt64($0), draw: 0) })
    }
  }
}
