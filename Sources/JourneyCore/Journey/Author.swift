/// Who uses CareJourney; decides the first screen and what may be signed.
public enum Role: String, Codable, Sendable, CaseIterable {
  case patient
  case caregiver
  case nurse
}

/// Who wrote a line: every event and entry carries it, as a signature does on a paper chart.
public struct Author: Codable, Hashable, Sendable, CustomStringConvertible {
  public var role: Role
  public var name: String

  public init(role: Role, name: String) {
    self.role = role
    self.name = name
  }

  /// `Ana (nurse)`.
  public var description: String { "\(name) (\(role.rawValue))" }
}

/// How temperatures are shown; they are always stored in °C.
public enum TemperatureUnit: String, Codable, Sendable, CaseIterable {
  case celsius = "C"
  case fahrenheit = "F"
}
