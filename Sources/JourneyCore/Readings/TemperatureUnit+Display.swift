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
}
