extension Timeline {
  /// What ``describe(_:unit:care:)`` said of the readings met before, by their values: years
  /// of daily temperatures, vital signs, symptoms and medicines taken repeat a few hundred
  /// values, and wording each of 40,000 afresh took a tenth of `timeline --csv`. For one
  /// journey's unit and one protocol.
  struct Descriptions {
    /// A reading by what its words depend on.
    enum Key: Hashable {
      case temperature(Double)
      case heartRate(Int)
      case bloodPressure(Int, Int)
      case spo2(Int)
      case weight(Double)
      case symptom(String, Int)
      case medication(String)
    }

    private var said: [Key: Shown] = [:]
    /// Values remembered at most (a journey with unusually many is worded as before).
    static let limit = 4096

    /// ``Timeline/describe(_:unit:care:)``, from memory for a reading met before.
    mutating func describe(_ body: Entry.Body, unit: TemperatureUnit, care: CareProtocol) -> Shown {
      let key: Key
      switch body {
      case .temperature(let celsius, _): key = .temperature(celsius)
      case .heartRate(let bpm): key = .heartRate(bpm)
      case .bloodPressure(let systolic, let diastolic): key = .bloodPressure(systolic, diastolic)
      case .oxygenSaturation(let percent): key = .spo2(percent)
      case .weight(let kg, _): key = .weight(kg)
      case .symptom(let name, let severity): key = .symptom(name, severity)
      case .medication(let text): key = .medication(text)
      default: return Timeline.describe(body, unit: unit, care: care)
      }
      if let shown = said[key] { return shown }
      let shown = Timeline.describe(body, unit: unit, care: care)
      if said.count < Descriptions.limit { said[key] = shown }
      return shown
    }
  }
}
