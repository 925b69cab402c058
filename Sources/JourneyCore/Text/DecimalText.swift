/// Numbers written with a fixed number of decimal places and no locale, for every output, and
/// whole numbers from measurements: total, so no value in a file can crash a screen or an export.
///
/// Values are checked when they are typed and when they are read (``Entry/Body/implausibility``),
/// but a formatter must not trust that: a value too large for a whole count of its smallest
/// place, or not finite, is written as Swift writes it (`1e+17`) instead of trapping.
public enum DecimalText {
  /// The largest magnitude written digit by digit: whole counts of millionths stay far below
  /// `Int.max` (9.2e18).
  public static let largest = 1e12

  /// `value` rounded to `places` decimals (0–6): `38.0` with `trimmed` false; `38`, `38.5`,
  /// `0.25` with trailing zeros (and a bare point) dropped when `trimmed` is true.
  public static func format(_ value: Double, places: Int, trimmed: Bool) -> String {
    let places = min(max(places, 0), 6)
    guard value.isFinite, abs(value) < largest else { return "\(value)" }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let units = Int((abs(value) * Double(scale)).rounded())
    let sign = value < 0 && units > 0 ? "-" : ""
    guard places > 0 else { return sign + String(units) }
    var fraction = String(units % scale)
    fraction = String(repeating: "0", count: places - fraction.count) + fraction
    if trimmed {
      while fraction.hasSuffix("0") { fraction.removeLast() }
    }
    return sign + String(units / scale) + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// `value` rounded to the nearest whole number, held between `Int.min` and `Int.max`; 0 when
  /// it is not a number.
  public static func wholeNumber(_ value: Double) -> Int {
    guard !value.isNaN else { return 0 }
    let rounded = value.rounded()
    if rounded >= 9.2e18 { return Int.max }
    if rounded <= -9.2e18 { return Int.min }
    return Int(rounded)
  }
}
