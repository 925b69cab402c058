/// How temperatures are shown; they are always stored in °C.
public enum TemperatureUnit: String, Codable, Sendable, CaseIterable {
  case celsius = "C"
  case fahrenheit = "F"
}
