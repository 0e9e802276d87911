import Foundation
import RunwayModel

/// A day as a spreadsheet's date serial: days since 1899-12-30, the
/// epoch Excel and LibreOffice share for dates after February 1900.
enum SpreadsheetDate {
  /// 1970-01-01, day 0 of ``Day``.
  static let unixEpoch = 25_569.0

  static func serial(_ day: Day) -> Double { Double(day.number) + unixEpoch }

  /// The serial of an ISO 8601 day (`2026-01-01`), or `nil` if it is not
  /// one.
  static func serial(_ iso: String) -> Double? {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let day = Day(year: parts[0], month: parts[1], day: parts[2]) else {
      return nil
    }
    return serial(day)
  }

  /// The serial of an ISO 8601 instant (`2026-12-01T05:40:00Z`), its time
  /// of day as a fraction, or `nil` if it is not one.
  static func serial(instant: String) -> Double? {
    (try? Date(instant, strategy: .iso8601)).map {
      $0.timeIntervalSince1970 / 86_400 + unixEpoch
    }
  }
}
