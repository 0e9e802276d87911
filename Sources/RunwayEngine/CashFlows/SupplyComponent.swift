/// We supply product to the counterparty: units a year (or units that
/// follow a program's sales in territories) times our margin per unit,
/// from the start to the end of the agreement.
struct SupplyComponent: ComponentModel {
  enum Volume: Sendable {
    case unitsPerYear(Input)
    /// Units are the territories' sales over the price of a unit.
    case followingSales(program: Int, share: Double, pricePerUnit: Input)
  }

  /// What we keep of a unit: transfer price − unit cost, or the cost-plus
  /// markup on the unit cost.
  enum UnitMargin: Sendable {
    case transferPrice(Input, unitCost: Input)
    case costPlus(markup: Input, unitCost: Input)

    func value(_ row: [Double]) -> Double {
      switch self {
      case .transferPrice(let price, let cost): price.value(row) - cost.value(row)
      case .costPlus(let markup, let cost): markup.value(row) * cost.value(row)
      }
    }
  }

  let component: Component
  let volume: Volume
  let unitMargin: UnitMargin
  let start: Double
  let end: Double
  let channel: Int

  var programs: [Int] {
    if case .followingSales(let program, _, _) = volume { [program] } else { [] }
  }

  func book(into state: inout PathState, as index: Int) {
    let margin = unitMargin.value(state.row)
    for (period, bounds) in state.timeline.periods.enumerated() {
      let years = bounds.overlapYears(from: start, to: end)
      guard years > 0 else { continue }
      let units: Double =
        switch volume {
        case .unitsPerYear(let units): units.value(state.row) * years
        case .followingSales(let program, let share, let price):
          state.programs[program].sales[period] * share / price.value(state.row)
            * min(1, years / bounds.years)
        }
      if units != 0 { state.add(units * margin, period: period, to: index, channel: channel) }
    }
  }
}
