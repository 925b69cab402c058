/// One laboratory value from a visit: in the protocol's unit, and as it was typed.
public struct LabResult: Equatable, Codable, Sendable {
  /// The protocol's lab id (`igg`).
  public var lab: String
  /// The value in the protocol's unit for that lab (`620` mg/dL).
  public var value: Double
  /// The number as typed (`6.2`).
  public var typedValue: Double
  /// The unit as typed, or the protocol's unit when none was typed (`g/L`).
  public var typedUnit: String

  public init(lab: String, value: Double, typedValue: Double, typedUnit: String) {
    self.lab = lab
    self.value = value
    self.typedValue = typedValue
    self.typedUnit = typedUnit
  }
}
