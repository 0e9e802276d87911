import Foundation

/// Present values with the conventions of spreadsheets, so that a finance
/// team can check Runway against its workbook cell by cell.
public enum PresentValue {
  /// The discount factor (1 + rate)^(−years).
  @inlinable
  public static func discountFactor(rate: Double, years: Double) -> Double {
    pow(1 + rate, -years)
  }

  /// Spreadsheet NPV: Σ values[i] / (1 + rate)^(i + 1).
  ///
  /// As in Excel and LibreOffice, the *first* value is discounted one full
  /// period: NPV assumes every flow at the end of its period. Add a time-0
  /// flow outside the call (`values[0] + npv(rate, values[1...])`), as the
  /// spreadsheet documentation does. (numpy-financial's `npv` instead
  /// leaves its first value undiscounted.)
  ///
  /// Verified against: Microsoft's NPV examples (`PresentValueTests`).
  public static func npv<C: Collection>(rate: Double, values: C) -> Double
  where C.Element == Double {
    var factor = 1.0
    var sum = 0.0
    for value in values {
      factor /= 1 + rate
      sum += value * factor
    }
    return sum
  }

  /// Spreadsheet XNPV: Σ values[i] / (1 + rate)^((days[i] − days[0]) / 365).
  ///
  /// `days` are day numbers on any common scale (days since an epoch);
  /// the first flow is the reference date and is not discounted, and years
  /// are actual days over 365, as in Excel's XNPV and Runway's valuation
  /// conventions.
  ///
  /// Verified against: Microsoft's XNPV example, 2086.65 (`PresentValueTests`).
  public static func xnpv(rate: Double, values: [Double], days: [Int]) -> Double {
    precondition(values.count == days.count, "one date per value")
    guard let first = days.first else { return 0 }
    var sum = 0.0
    for (value, day) in zip(values, days) {
      sum += value * discountFactor(rate: rate, years: Double(day - first) / 365)
    }
    return sum
  }
}
