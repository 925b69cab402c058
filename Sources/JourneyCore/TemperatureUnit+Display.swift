extension TemperatureUnit {
  /// `°C` or `°F`.
  public var symbol: String { "°\(rawValue)" }

  /// A temperature stored in °C, in this unit.
  public func value(fromCelsius celsius: Double) -> Double {
    switch self {
    case .celsius: celsius
    case .fahrenheit: celsius * 9 / 5 + 32
    }
  }

  /// A reading as shown, in this unit: two decimals when it has them (`37.95`), else one
  /// (`38.0`). Readings are typed with at most two decimals and thresholds are whole tenths, so
  /// the number shown is on the same side of every threshold as the stored value it is judged
  /// by, in °C and in °F (37.95 °C is never shown as 38.0).
  public func reading(fromCelsius celsius: Double) -> String {
    let hundredths = Int((value(fromCelsius: celsius) * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let whole = abs(hundredths) / 100
    let fraction = abs(hundredths) % 100
    if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
    return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
