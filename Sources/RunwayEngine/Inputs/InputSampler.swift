import RunwayModel
import RunwayNumerics

/// Draws the uncertain inputs of a batch of paths.
///
/// Each uncertain input takes the first uniform of its own stream on each
/// path (Latin hypercube sampling moves that uniform into the path's
/// stratum). Correlated variables turn their uniforms into standard
/// normals, which the Gaussian copula correlates with one BLAS `dgemm` per
/// batch, and back into uniforms; every input then goes through its own
/// quantile function, so its distribution is the one the scenario states.
struct InputSampler: Sendable {
  let plan: InputPlan
  /// Each uncertain input's quantile function.
  let quantiles: [InputQuantile]
  /// The copula over the correlated inputs, with their uncertain indices
  /// in the copula's order; `nil` when nothing is correlated.
  let copula: (copula: GaussianCopula, members: [Int])?
  let sampling: SimulationSettings.Sampling
  /// One stratum permutation per uncertain input under Latin hypercube
  /// sampling of `paths` paths; empty for plain random sampling.
  let strata: [RandomPermutation]
  let paths: Int

  /// The quantile functions are built on `threads` workers: a beta's
  /// table of 2,049 inverse incomplete betas takes 10 ms.
  init(
    plan: InputPlan, copula: (copula: GaussianCopula, members: [Int])?,
    sampling: SimulationSettings.Sampling, paths: Int, threads: Int
  ) {
    let uncertain = plan.uncertain
    let quantiles = BatchRunner.jobs(uncertain.count, threads: threads) {
      InputQuantile(uncertain[$0].distribution)
    }
    self.init(
      plan: plan, quantiles: quantiles, copula: copula, sampling: sampling, paths: paths)
  }

  private init(
    plan: InputPlan, quantiles: [InputQuantile],
    copula: (copula: GaussianCopula, members: [Int])?, sampling: SimulationSettings.Sampling,
    paths: Int
  ) {
    self.plan = plan
    self.quantiles = quantiles
    self.copula = copula
    self.sampling = sampling
    self.paths = paths
    strata =
      switch sampling {
      case .random: []
      case .latinHypercube:
        plan.uncertain.map { RandomPermutation(count: paths, key: $0.stream.key) }
      }
  }

  /// The same inputs drawn for `paths` paths, with the quantile functions
  /// already built: a beta's table costs more than the contributions'
  /// whole run of 10,000 paths draws from it.
  func drawing(paths: Int) -> InputSampler {
    InputSampler(
      plan: plan, quantiles: quantiles, copula: copula, sampling: sampling, paths: paths)
  }

  /// The draws of the paths in `range`: `range.count` rows × one column
  /// per uncertain input, column-major.
  func sample(_ range: Range<Int>) -> [Double] {
    let count = range.count
    let uncertain = plan.uncertain
    // Each column is written whole by its stream, so none is zeroed first.
    var values = [Double](unsafeUninitializedCapacity: count * uncertain.count) {
      out, initialized in
      for (index, input) in uncertain.enumerated() {
        let column = UnsafeMutableBufferPointer(rebasing: out[index * count..<(index + 1) * count])
        input.stream.firstUniforms(paths: range, into: column)
        guard !strata.isEmpty else { continue }
        // The path's stratum, the uniform its place within it.
        for (row, path) in range.enumerated() {
          column[row] = (Double(strata[index](path)) + column[row]) / Double(paths)
        }
      }
      initialized = out.count
    }
    var correlated = Set<Int>()
    if let (copula, members) = copula {
      correlated = Set(members)
      var normals = Matrix(rows: count, columns: members.count)
      for (j, index) in members.enumerated() {
        for row in 0..<count {
          normals.storage[row + j * count] = StandardNormal.quantile(values[row + index * count])
        }
      }
      copula.correlate(&normals)
      values.withUnsafeMutableBufferPointer { out in
        for (j, index) in members.enumerated() {
          let column = UnsafeMutableBufferPointer(
            rebasing: out[index * count..<(index + 1) * count])
          for row in 0..<count { column[row] = normals.storage[row + j * count] }
          quantiles[index].draw(normalScores: column)
        }
      }
    }
    values.withUnsafeMutableBufferPointer { out in
      for (index, input) in quantiles.enumerated() where !correlated.contains(index) {
        input.draw(
          uniforms: UnsafeMutableBufferPointer(rebasing: out[index * count..<(index + 1) * count]))
      }
    }
    return values
  }
}
