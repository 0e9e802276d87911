/// How every share and probability in every report is written.
public enum Percent {
  /// `0.1234` as `12.3%`; below 0.1 % and above 99.9 % with more digits, so
  /// that a rare loss does not read as "0.0%".
  public static func text(_ fraction: Double) -> String {
    precondition(fraction.isFinite, "a report never shows a non-finite share")
    let percent = fraction * 100
    let decimals =
      percent != 0 && (abs(percent) < 0.1 || abs(100 - percent) < 0.1 && percent != 100) ? 2 : 1
    return AmountFormat.grouped(percent, decimals: decimals) + "%"
  }
}
