import RunwayNumerics
import Testing

/// The stratum permutation of Latin hypercube sampling is a bijection of
/// 0..<n for sizes on and off a power of four, and differs by key.
struct RandomPermutationTests {
  @Test(arguments: [1, 2, 3, 1_000, 4_096, 4_097, 65_537])
  func isABijection(count: Int) {
    let permutation = RandomPermutation(count: count, key: (7, 11))
    var seen = [Bool](repeating: false, count: count)
    for index in 0..<count {
      let image = permutation(index)
      #expect(image >= 0 && image < count)
      seen[image] = true
    }
    #expect(seen.allSatisfy { $0 })
  }

  @Test func dependsOnTheKey() {
    let first = RandomPermutation(count: 1_000, key: (1, 2))
    let second = RandomPermutation(count: 1_000, key: (1, 3))
    #expect((0..<1_000).map { first($0) } != (0..<1_000).map { second($0) })
  }
}
