/// A measured value a red-flag rule can look at.
public enum Measure: String, Codable, Sendable, CaseIterable {
  /// Body temperature in °C.
  case temperature
  /// Beats per minute.
  case heartRate = "heart-rate"
  /// Systolic blood pressure, mmHg.
  case systolic
  /// Diastolic blood pressure, mmHg.
  case diastolic
  /// Oxygen saturation, %.
  case spo2
  /// Body weight, kg.
  case weight
}
