/// A CDMO agreement: technology transfer, then manufacturing runs.
///
/// A technology-transfer fee at signing, then runs at a price each, year
/// by year from the start to the end. As manufacturer we
/// earn price − cost per run (and the fee less the transfer's cost); as
/// client we pay the price. The other side's value is given where the
/// scenario knows it: the client's cost always, the manufacturer's margin
/// when the cost per run is given.
struct ManufacturingComponent: ComponentModel {
  let component: Component
  let isManufacturer: Bool
  let fee: Input?
  let feeCost: Input?
  let signed: Double
  let runsPerYear: Input
  let pricePerRun: Input
  let costPerRun: Input?
  let start: Double
  let end: Double
  let channel: Int

  var programs: [Int] { [] }
  var valuesCounterparty: Bool { isManufacturer || costPerRun != nil }

  func book(into state: inout PathState, as index: Int) {
    let row = state.row
    let price = pricePerRun.value(row)
    let cost = costPerRun?.value(row) ?? 0
    // Per unit of price paid: what we keep, and what the other side keeps.
    let ours = isManufacturer ? price - cost : -price
    let theirs = isManufacturer ? -price : price - cost
    let valued = valuesCounterparty
    if let fee {
      let amount = fee.value(row)
      let transfer = feeCost?.value(row) ?? 0
      state.add(
        isManufacturer ? amount - transfer : -amount, on: signed, to: index, channel: channel)
      if valued {
        state.addCounterparty(
          isManufacturer ? -amount : amount - transfer, on: signed, to: index, channel: channel)
      }
    }
    let runs = runsPerYear.value(row)
    for (period, bounds) in state.timeline.periods.enumerated() {
      let years = bounds.overlapYears(from: start, to: end)
      guard years > 0 else { continue }
      state.add(runs * years * ours, period: period, to: index, channel: channel)
      if valued {
        state.addCounterparty(runs * years * theirs, period: period, to: index, channel: channel)
      }
    }
  }
}
