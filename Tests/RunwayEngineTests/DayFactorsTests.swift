import Foundation
import RunwayModel
import Testing

@testable import RunwayEngine

/// The factors kept for days that recur are the factors themselves, to
/// the bit: whatever the order the days come in, however many share a
/// slot, and after a channel's rate changes.
struct DayFactorsTests {
  @Test func aKeptFactorIsTheFactorOfItsDayAtTodaysRate() throws {
    let timeline = try TimelineTests.timeline(.quarter)
    // Channel 0 at a fixed 10 %; channel 1's rate is slot 1, uncertain.
    var discounting = Discounting(
      rates: [Input(slot: 0, fxSlot: nil), Input(slot: 1, fxSlot: nil)], timeline: timeline,
      uncertainSlots: [1], base: [0.1, 0.08])
    var kept = DayFactors(channels: 2)
    // 300 days over 64 slots a channel: most share a slot with another.
    let days: [Double] = (0..<300).map { i in
      let whole = Double(i * i % 5_821)
      return whole / 2 + Double(i % 3) / 4
    }
    let rounds: [(Double, Double)] = [(0.1, 0.08), (0.1, 0.15), (0.04, 0.15)]
    for (round, rates) in rounds.enumerated() {
      if round == 2 {
        discounting.reset(row: [rates.0, rates.1])
      } else {
        discounting.update(row: [rates.0, rates.1])
      }
      // Forwards, then backwards: every day asked twice in a round.
      for day in days + days.reversed() {
        for (channel, rate) in [(0, rates.0), (1, rates.1)] {
          let factor = kept.factor(channel, day: day, in: discounting)
          #expect(factor.bitPattern == discounting.factor(channel, day: day).bitPattern)
          // (1 + r)^−(t/365), XNPV's convention, by `pow`: exp(−t·ln(1+r)/365)
          // differs from it by round-off only, a few units in the last place
          // (2.2e-16 each) over these eight years, far below 1e-14.
          let closedForm: Double = pow(1 + rate, -day / 365)
          #expect(abs(factor / closedForm - 1) < 1e-14)
        }
      }
    }
  }
}
