import JourneyCore

/// Values as typed for `log` and `amend` (`--temp 38,4`, `--symptom chills=1`), each becoming
/// its own entry.
public struct TypedReadings: Sendable {
  public var temp: String?
  public var hr: String?
  public var bp: String?
  public var spo2: String?
  public var weight: String?
  public var symptoms: [String]
  public var meds: [String]
  public var note: String?

  /// The values given; nil for what was not.
  public init(
    temp: String? = nil, hr: String? = nil, bp: String? = nil, spo2: String? = nil,
    weight: String? = nil, symptoms: [String] = [], meds: [String] = [], note: String? = nil
  ) {
    self.temp = temp
    self.hr = hr
    self.bp = bp
    self.spo2 = spo2
    self.weight = weight
    self.symptoms = symptoms
    self.meds = meds
    self.note = note
  }

  /// How many values were given.
  public var count: Int {
    [temp, hr, bp, spo2, weight, note].compactMap { $0 }.count + symptoms.count + meds.count
  }

  /// Parses every value given, refusing the whole command at the first bad one; a bare
  /// temperature is in the journey's `unit` (``Reading/temperature(_:unit:)``).
  public func bodies(care: CareProtocol, unit: TemperatureUnit) throws -> [Entry.Body] {
    try TextLimits.check(freeText: ["--note": note])
    for text in meds { try TextLimits.check(text, limit: TextLimits.freeText, what: "--med") }
    var bodies: [Entry.Body] = []
    if let temp {
      bodies.append(.temperature(celsius: try Reading.temperature(temp, unit: unit), asTyped: temp))
    }
    if let hr { bodies.append(.heartRate(bpm: try Reading.heartRate(hr))) }
    if let bp {
      let (systolic, diastolic) = try Reading.bloodPressure(bp)
      bodies.append(.bloodPressure(systolic: systolic, diastolic: diastolic))
    }
    if let spo2 { bodies.append(.oxygenSaturation(percent: try Reading.spo2(spo2))) }
    if let weight { bodies.append(.weight(kilograms: try Reading.weight(weight), asTyped: weight)) }
    for text in symptoms {
      let name = Reading.symptomName(text)
      guard let known = care.symptom(named: name) else {
        let close = care.closestSymptoms(to: name)
        let hint = close.isEmpty ? "" : " " + tr("Did you mean: %s?", close.joined(separator: ", "))
        throw AppError(
          tr("\"%s\" is not a symptom in this protocol.", name) + hint + " "
            + tr("The protocol file lists them all"))
      }
      let severity = try Reading.symptom(text, scale: known.scale).severity
      bodies.append(.symptom(name: known.id, severity: severity))
    }
    for text in meds {
      guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw AppError(tr("--med is empty: name the medicine and dose, e.g. \"prednisone 5 mg\""))
      }
      bodies.append(.medication(text: text))
    }
    if let note {
      guard !note.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw AppError(tr("--note is empty: write the note, or leave --note out"))
      }
      bodies.append(.note(text: note))
    }
    return bodies
  }
}
