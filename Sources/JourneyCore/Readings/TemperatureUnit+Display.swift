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
    // DecimalText is total: a value no reading could have (a damaged line) is written, not
    // trapped on.
    let twoPlaces = DecimalText.format(value(fromCelsius: celsius), places: 2, trimmed: false)
    guard twoPlaces.contains("."), twoPlaces.hasSuffix("0") else { return twoPlaces }
    return String(twoPlaces.dropLast())
  }
}
