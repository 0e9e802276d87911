import Foundation
import Testing

@testable import RunwayNumerics

/// Closed forms per family, then a statistical test of each on a large
/// sample drawn through its quantile function.
struct DistributionTests {
  // MARK: Closed forms

  @Test func fixedAlwaysGivesItsValue() throws {
    let fixed = try Fixed(3.5)
    #expect(fixed.quantile(0.01) == 3.5 && fixed.quantile(0.99) == 3.5)
    #expect(fixed.mean == 3.5 && fixed.variance == 0)
  }

  @Test func uniformMomentsAndQuantiles() throws {
    let uniform = try Uniform(min: 2, max: 6)
    #expect(uniform.mean == 4)
    #expect(uniform.variance == 16.0 / 12)  // (b − a)²/12
    #expect(uniform.quantile(0.25) == 3)
    #expect(uniform.cdf(5) == 0.75)
  }

  @Test func triangularQuantilesByHand() throws {
    // Triangular(0, 1, 4): F(1) = (1 − 0)²/((4 − 0)(1 − 0)) = 1/4, so the
    // quartile is the mode; the median is 4 − √(0.5·4·3) = 4 − √6.
    let triangular = try Triangular(min: 0, mode: 1, max: 4)
    #expect(isClose(triangular.quantile(0.25), 1))
    #expect(isClose(triangular.quantile(0.5), 4 - 6.0.squareRoot()))
    #expect(isClose(triangular.mean, 5.0 / 3))
    // (a² + b² + c² − ab − ac − bc)/18 = (0 + 16 + 1 − 0 − 0 − 4)/18.
    #expect(isClose(triangular.variance, 13.0 / 18))
  }

  @Test func pertIsTheClassicThreePointEstimate() throws {
    // Classic PERT: mean (min + 4·mode + max)/6; α = 1 + 4(m − a)/(b − a).
    let pert = try PERT(min: 10, mode: 12, max: 20)
    #expect(isClose(pert.mean, (10 + 4 * 12 + 20) / 6.0))
    // α = 1 + 4·2/10 = 1.8, β = 1 + 4·8/10 = 4.2, range 10:
    // variance = 100·αβ/((α + β)²(α + β + 1)) = 756/252 = 3.
    #expect(isClose(pert.variance, 3))
    // A symmetric PERT has its median at the mode.
    #expect(isClose(try PERT(min: 0, mode: 5, max: 10).quantile(0.5), 5, relative: 1e-13))
    // A larger shape concentrates the mass: mean (a + λm + b)/(λ + 2).
    #expect(isClose(try PERT(min: 10, mode: 12, max: 20, shape: 8).mean, (30 + 8 * 12) / 10.0))
  }

  @Test func betaMatchesClosedFormCDFs() throws {
    // Beta(2, 3): I_x = 6x² − 8x³ + 3x⁴ (integrate 12x(1 − x)²).
    let beta23 = try Beta(alpha: 2, beta: 3)
    for x in stride(from: 0.05, to: 1, by: 0.05) {
      let exact = 6 * x * x - 8 * x * x * x + 3 * x * x * x * x
      #expect(isClose(beta23.cdf(x), exact, relative: 1e-13), "x \(x)")
      #expect(isClose(beta23.quantile(exact), x, relative: 1e-12), "p \(exact)")
    }
    // Beta(1/2, 1/2), the arcsine law: quantile sin²(πp/2).
    let arcsine = try Beta(alpha: 0.5, beta: 0.5)
    for p in [0.001, 0.1, 0.3, 0.5, 0.8, 0.999] {
      let exact = pow(sin(Double.pi * p / 2), 2)
      #expect(isClose(arcsine.quantile(p), exact, relative: 1e-12), "p \(p)")
    }
    // Stretched onto [100, 300]: mean 100 + 200·α/(α + β).
    #expect(isClose(try Beta(alpha: 2, beta: 3, lower: 100, upper: 300).mean, 180))
  }

  @Test func normalQuantilesAreMeanPlusZTimesSD() throws {
    let normal = try Normal(mean: 100, standardDeviation: 15)
    #expect(isClose(normal.quantile(0.975), 100 + 15 * 1.9599639845400538556, relative: 1e-14))
    #expect(isClose(normal.cdf(100), 0.5))
  }

  @Test func lognormalAsFinancePeopleStateIt() throws {
    // By median and P90: the quantiles come back exactly.
    let byPercentiles = try Lognormal(median: 200, p90: 350)
    #expect(isClose(byPercentiles.quantile(0.5), 200, relative: 1e-14))
    #expect(isClose(byPercentiles.quantile(0.9), 350, relative: 1e-13))
    // By mean and standard deviation: the moments come back exactly.
    let byMoments = try Lognormal(mean: 50, standardDeviation: 20)
    #expect(isClose(byMoments.mean, 50, relative: 1e-14))
    #expect(isClose(byMoments.standardDeviation, 20, relative: 1e-13))
    // μ = 0, σ = 1: mean e^{1/2}, variance (e − 1)e.
    let standard = try Lognormal(mu: 0, sigma: 1)
    #expect(isClose(standard.mean, exp(0.5)))
    #expect(isClose(standard.variance, (M_E - 1) * M_E))
  }

  /// A copula's normal score z gives a lognormal exp(μ + σz) and a normal μ + σz.
  ///
  /// Exactly, and beyond the ±8.3 where Φ rounds to 0 or 1; every other
  /// family goes through the uniform Φ(z). Φ(1.2815515655446004) is 0.9
  /// (the P90's score, Abramowitz and Stegun 26.2).
  @Test func quantilesOfANormalScore() throws {
    let lognormal = try Lognormal(median: 200, p90: 350)
    #expect(isClose(lognormal.quantile(normalScore: 0), 200, relative: 1e-15))
    #expect(isClose(lognormal.quantile(normalScore: 1.2815515655446004), 350, relative: 1e-14))
    #expect(lognormal.quantile(normalScore: 10) == exp(log(200) + lognormal.sigma * 10))
    let normal = try Normal(mean: 100, standardDeviation: 15)
    #expect(normal.quantile(normalScore: -9) == 100 - 15 * 9)
    // Triangular(0, 0, 1) has the quantile 1 − √(1 − u): at u = 0.9, 1 − √0.1.
    let triangular = try Triangular(min: 0, mode: 0, max: 1)
    #expect(
      isClose(
        triangular.quantile(normalScore: 1.2815515655446004), 1 - 0.1.squareRoot(), relative: 1e-14)
    )
    #expect(triangular.quantile(normalScore: 40) < 1)
  }

  @Test func discreteMergesValuesAndNormalisesWeights() throws {
    let discrete = try Discrete(values: [3, 1, 3, 10], weights: [1, 2, 1, 4])
    #expect(discrete.values == [1, 3, 10])
    #expect(discrete.probabilities == [0.25, 0.25, 0.5])
    #expect(discrete.mean == 0.25 + 0.75 + 5)
    #expect(discrete.quantile(0.25) == 1 && discrete.quantile(0.2500001) == 3)
    #expect(discrete.quantile(0.9) == 10)
    let truncated = try discrete.truncated(upper: 5)
    #expect(truncated.values == [1, 3] && truncated.probabilities == [0.5, 0.5])
  }

  @Test func bernoulliSucceedsOnTheTopUniforms() throws {
    let bernoulli = try Bernoulli(probability: 0.3)
    #expect(bernoulli.quantile(0.69) == 0 && bernoulli.quantile(0.71) == 1)
    #expect(isClose(bernoulli.variance, 0.21))
  }

  @Test func truncatedNormalHasTheClosedFormMean() throws {
    // E[X | a ≤ X ≤ b] = μ + σ(φ(α) − φ(β))/(Φ(β) − Φ(α)), α = (a − μ)/σ.
    let normal = try Normal(mean: 10, standardDeviation: 4)
    let truncated = try Truncated(normal, lower: 8, upper: .infinity)
    let alpha = -0.5
    let expected = 10 + 4 * StandardNormal.density(alpha) / (1 - StandardNormal.cdf(alpha))
    #expect(isClose(truncated.mean, expected, relative: 1e-10))
    // Variance: σ²[1 + αφ(α)/(1 − Φ(α)) − (φ(α)/(1 − Φ(α)))²].
    let lambda = StandardNormal.density(alpha) / (1 - StandardNormal.cdf(alpha))
    #expect(
      isClose(truncated.variance, 16 * (1 + alpha * lambda - lambda * lambda), relative: 1e-9))
    #expect(truncated.quantile(0) == 8)
    #expect(truncated.quantile(0.000001) >= 8)
  }

  @Test func truncatedUniformIsTheSmallerUniform() throws {
    let truncated = try Truncated(try Uniform(min: 0, max: 10), lower: 2, upper: 4)
    #expect(isClose(truncated.mean, 3, relative: 1e-12))
    #expect(isClose(truncated.variance, 4.0 / 12, relative: 1e-10))
  }

  @Test func badParametersAreErrorsNotCrashes() {
    #expect(throws: DistributionError.self) { try Triangular(min: 5, mode: 3, max: 8) }
    #expect(throws: DistributionError.self) { try PERT(min: 1, mode: 9, max: 8) }
    #expect(throws: DistributionError.self) { try Normal(mean: 0, standardDeviation: -1) }
    #expect(throws: DistributionError.self) { try Lognormal(median: 10, p90: 5) }
    #expect(throws: DistributionError.self) { try Bernoulli(probability: 1.4) }
    #expect(throws: DistributionError.self) { try Discrete(values: [1], weights: [0]) }
    #expect(throws: DistributionError.self) {
      try Truncated(try Uniform(min: 0, max: 1), lower: 2, upper: 3)
    }
  }

  // MARK: Statistical tests on large samples

  /// 100,000 draws by inversion of one Philox stream (seed 2024).
  static func sample(_ distribution: some Distribution, name: String) -> [Double] {
    let stream = RandomStream(seed: 2024, name: name)
    return (0..<100_000).map {
      distribution.sample(uniform: stream.uniform(path: UInt64($0), draw: 0))
    }
  }

  /// Kolmogorov–Smirnov statistic of a sample against a continuous CDF.
  static func kolmogorovSmirnov(_ sample: [Double], cdf: (Double) -> Double) -> Double {
    let sorted = sample.sorted()
    let n = Double(sorted.count)
    var statistic = 0.0
    for (index, value) in sorted.enumerated() {
      let f = cdf(value)
      statistic = max(statistic, Double(index + 1) / n - f, f - Double(index) / n)
    }
    return statistic
  }

  static func continuous(_ name: String) throws -> any Distribution {
    switch name {
    case "uniform": try Uniform(min: -3, max: 7)
    case "triangular": try Triangular(min: 1, mode: 2, max: 6)
    case "pert": try PERT(min: 12, mode: 18, max: 36)
    case "normal": try Normal(mean: 5, standardDeviation: 2)
    case "lognormal": try Lognormal(median: 200, p90: 350)
    case "beta": try Beta(alpha: 2.5, beta: 7)
    default: try Truncated(Normal(mean: 0, standardDeviation: 1), lower: -0.5, upper: 2)
    }
  }

  /// The 1 % critical value of the KS statistic is 1.628/√n = 0.00515 for
  /// n = 100,000; and the sample mean must lie within 4 standard errors
  /// (σ/√n) of the closed-form mean, and the sample variance within 5 %.
  @Test(arguments: ["uniform", "triangular", "pert", "normal", "lognormal", "beta", "truncated"])
  func largeSampleMatchesTheDistribution(name: String) throws {
    let distribution = try Self.continuous(name)
    let draws = Self.sample(distribution, name: name)
    let ks = Self.kolmogorovSmirnov(draws, cdf: distribution.cdf)
    #expect(ks < 1.628 / 100_000.0.squareRoot(), "\(name): KS statistic \(ks)")
    let moments = Moments(draws)
    let standardError = distribution.standardDeviation / 100_000.0.squareRoot()
    #expect(
      abs(moments.mean - distribution.mean) < 4 * standardError,
      "\(name): sample mean \(moments.mean), expected \(distribution.mean) ± \(4 * standardError)")
    #expect(
      isClose(moments.variance, distribution.variance, relative: 0.05),
      "\(name): sample variance \(moments.variance), expected \(distribution.variance)")
  }

  /// Frequencies of a discrete law within 4 binomial standard errors.
  @Test func discreteAndBernoulliFrequencies() throws {
    let discrete = try Discrete(values: [0, 5, 20], weights: [0.6, 0.3, 0.1])
    let draws = Self.sample(discrete, name: "discrete")
    for (value, probability) in zip(discrete.values, discrete.probabilities) {
      let share = Double(draws.filter { $0 == value }.count) / Double(draws.count)
      let standardError = (probability * (1 - probability) / Double(draws.count)).squareRoot()
      #expect(abs(share - probability) < 4 * standardError, "value \(value): share \(share)")
    }
    let successes = Self.sample(try Bernoulli(probability: 0.3), name: "bernoulli")
    let rate = successes.reduce(0, +) / Double(successes.count)
    #expect(abs(rate - 0.3) < 4 * (0.21 / 100_000).squareRoot())
  }
}
