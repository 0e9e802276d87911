import ArgumentParser
import RunwayModel
import RunwayScenarioFile

/// How `royalty.tiers[*].rate` moves a licence's tiers together.
enum TierMove: String, ExpressibleByArgument, CaseIterable {
  /// Add the solved value to every tier's rate.
  case shift
  /// Multiply every tier's rate by it.
  case scale
}

/// The term `solve` moves, as the overrides that set it: one field, or
/// every royalty tier's rate together; and, for a tier rate, the tiers it
/// leaves, to check that they stay progressive.
struct TierTerm {
  let deal: String
  let term: String
  let move: TierMove
  /// The licence's tier rates as written (`nil` for one that is not a
  /// number), when the term is a tier rate.
  let base: [Double?]?
  /// The tier the term sets, or `nil` for all of them.
  let tier: Int?
  /// 1 − cogs − operating costs of the licensee, where it is fixed.
  let licenseeMargin: Double?

  var isAll: Bool { base != nil && tier == nil }

  init(_ term: String, licence: Licence?, move: TierMove, deal: String) throws {
    self.deal = deal
    self.term = term
    self.move = move
    let rates = licence?.royalty?.tiers.map(\.rate.fixedValue)
    if let costs = licence?.counterpartyCosts, let cogs = costs.cogs.fixedValue,
      let operating = costs.operatingCosts.fixedValue
    {
      licenseeMargin = 1 - cogs - operating
    } else {
      licenseeMargin = nil
    }
    if term == "royalty.tiers[*].rate" {
      guard let rates, !rates.isEmpty else {
        throw ValidationError("--term \(term): deals.\(deal) has no royalty tiers to move")
      }
      guard rates.allSatisfy({ $0 != nil }) else {
        throw ValidationError(
          "--term \(term): every tier's rate must be a number to move them together")
      }
      base = rates
      tier = nil
    } else if let match = term.wholeMatch(of: /royalty\.tiers\[(\d+)\]\.rate/),
      let index = Int(match.1), let rates, rates.indices.contains(index)
    {
      base = rates
      tier = index
    } else {
      base = nil
      tier = nil
    }
  }

  /// The tier rates with the term at `value`, when the term is a tier
  /// rate (`nil` for a tier that is not a number).
  func rates(at value: Double) -> [Double?]? {
    guard var rates = base else { return nil }
    if let tier {
      rates[tier] = value
    } else {
      rates = rates.map { $0.map { move == .shift ? $0 + value : $0 * value } }
    }
    return rates
  }

  /// The overrides that set the term to `value`.
  func overrides(_ value: Double) -> [Override] {
    guard isAll, let rates = rates(at: value) else {
      return [Override(path: "deals.\(deal).\(term)", value: String(value))]
    }
    return rates.enumerated().compactMap { index, rate in
      rate.map { Override(path: "deals.\(deal).royalty.tiers[\(index)].rate", value: String($0)) }
    }
  }
}
