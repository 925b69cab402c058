import Testing

@testable import JourneyCore

/// A line read back meets the limits a typed value meets: `import` and a hand-edited file can
/// no longer put 10¹³ °C, a severity of 99 or a 1 MB note on a screen (they crashed it).
@Suite struct LinePlausibilityTests {
  static let stamp = Timestamp(
    date: LocalDate(parsing: "2026-11-22")!, secondOfDay: 8 * 3600, utcOffset: 3600)
  static let patient = Author(role: .patient, name: "Maria")

  static func line(_ body: Entry.Body, id: String = "e1", author: Author = patient) -> String {
    LineCodec.encode(
      Entry(id: id, recordedAt: stamp, observedAt: stamp, author: author, body: body))
  }

  /// A value on one side of a bound, and whether a line holding it is read (nil) or refused
  /// with these words.
  struct Case: CustomStringConvertible, Sendable {
    var description: String
    var body: Entry.Body
    var refused: String?
  }

  static let longText = String(repeating: "x", count: TextLimits.freeText)
  /// °F as `log --temp` stores it, and just below the range as it would be unrounded.
  static let fahrenheit93point2 = (try? Reading.temperature("93.2F")) ?? 0
  static let fahrenheit109point4 = (try? Reading.temperature("109.4F")) ?? 0
  static let fahrenheit93point1 = (93.1 - 32) * 5 / 9

  static func neuro(objects: Int, sentence: String? = nil, note: String? = nil) -> HomeNeuroCheck {
    HomeNeuroCheck(
      writing: .usual, sentence: sentence, objectsNamed: objects, date: .right, countBack: .right,
      note: note)
  }

  static let cases: [Case] = [
    // Temperatures, both sides of 34.0 and 43.0 °C, and of 93.2 and 109.4 °F.
    Case(description: "34.0 °C", body: .temperature(celsius: 34.0, asTyped: "34"), refused: nil),
    Case(
      description: "33.99 °C", body: .temperature(celsius: 33.99, asTyped: "33.99"),
      refused: "temperature 33.99 is outside the plausible range 34–43 °C"),
    Case(description: "43.0 °C", body: .temperature(celsius: 43.0, asTyped: "43"), refused: nil),
    Case(
      description: "43.01 °C", body: .temperature(celsius: 43.01, asTyped: "43.01"),
      refused: "temperature 43.01 is outside the plausible range 34–43 °C"),
    Case(
      description: "93.2 °F", body: .temperature(celsius: fahrenheit93point2, asTyped: "93.2F"),
      refused: nil),
    Case(
      description: "93.1 °F", body: .temperature(celsius: fahrenheit93point1, asTyped: "93.1F"),
      refused: "outside the plausible range"),
    Case(
      description: "109.4 °F", body: .temperature(celsius: fahrenheit109point4, asTyped: "109.4F"),
      refused: nil),
    Case(
      description: "1e13 °C", body: .temperature(celsius: 1e13, asTyped: ""),
      refused: "temperature 10000000000000.0 is outside"),
    Case(
      description: "−1e13 °C", body: .temperature(celsius: -1e13, asTyped: ""), refused: "outside"),
    Case(
      description: "−300 °C", body: .temperature(celsius: -300, asTyped: "-300"),
      refused: "temperature -300 is outside"),
    // The other readings.
    Case(description: "heart rate 25", body: .heartRate(bpm: 25), refused: nil),
    Case(
      description: "heart rate 24", body: .heartRate(bpm: 24),
      refused: "heart rate 24 is outside the plausible range 25–250/min"),
    Case(description: "heart rate 251", body: .heartRate(bpm: 251), refused: "250/min"),
    Case(
      description: "blood pressure 260/160", body: .bloodPressure(systolic: 260, diastolic: 160),
      refused: nil),
    Case(
      description: "systolic 261", body: .bloodPressure(systolic: 261, diastolic: 80),
      refused: "systolic pressure 261"),
    Case(
      description: "diastolic 19", body: .bloodPressure(systolic: 120, diastolic: 19),
      refused: "diastolic pressure 19"),
    Case(description: "SpO2 50", body: .oxygenSaturation(percent: 50), refused: nil),
    Case(description: "SpO2 101", body: .oxygenSaturation(percent: 101), refused: "SpO2 101"),
    Case(description: "weight 20 kg", body: .weight(kilograms: 20, asTyped: "20"), refused: nil),
    Case(
      description: "weight 300.01 kg", body: .weight(kilograms: 300.01, asTyped: "300.01"),
      refused: "weight 300.01"),
    // Severities, both sides.
    Case(description: "severity 4", body: .symptom(name: "chills", severity: 4), refused: nil),
    Case(
      description: "severity 5", body: .symptom(name: "chills", severity: 5),
      refused: "severity 5 is outside the plausible range 0–4"),
    Case(
      description: "severity 99", body: .symptom(name: "chills", severity: 99),
      refused: "severity 99"),
    Case(
      description: "severity −1", body: .symptom(name: "chills", severity: -1),
      refused: "severity -1"),
    // Texts at and over their limits.
    Case(description: "a 2,000-character note", body: .note(text: longText), refused: nil),
    Case(
      description: "a 2,001-character note", body: .note(text: longText + "y"),
      refused: "the text is 2001 characters long, over the limit of 2000"),
    Case(
      description: "a 1 MB note", body: .note(text: String(repeating: "z", count: 1 << 20)),
      refused: "over the limit of 2000"),
    Case(
      description: "a 201-character medicine",
      body: .medicationChange(
        name: String(repeating: "m", count: 201), dose: nil, change: .start, reason: nil),
      refused: "the medicine's name is 201 characters"),
    // The nurse's assessments.
    Case(
      description: "ICE orientation 5",
      body: .ice(ICEScore(orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1)),
      refused: "ICE orientation 5 is outside 0–4"),
    Case(
      description: "grading ICE 11",
      body: .grading(GradingInput(ice: 11), GradingResult(crs: 0, icans: 0, reasons: [])),
      refused: "ICE score 11"),
    Case(
      description: "CRS grade 5",
      body: .grading(GradingInput(), GradingResult(crs: 5, icans: nil, reasons: [])),
      refused: "CRS grade 5"),
    Case(
      description: "physician global 3",
      body: .assessment(
        sledai: [], physicianGlobal: 3, prednisoloneMg: 1000, immunosuppressants: []), refused: nil),
    Case(
      description: "physician global 3.01",
      body: .assessment(
        sledai: [], physicianGlobal: 3.01, prednisoloneMg: nil, immunosuppressants: []),
      refused: "physician global 3.01"),
    Case(
      description: "pga 1e300",
      body: .assessment(
        sledai: [], physicianGlobal: 1e300, prednisoloneMg: nil, immunosuppressants: []),
      refused: "physician global"),
    Case(
      description: "prednisolone 1e300",
      body: .assessment(
        sledai: [], physicianGlobal: nil, prednisoloneMg: 1e300, immunosuppressants: []),
      refused: "prednisolone"),
    Case(
      description: "prednisolone 1000.01",
      body: .assessment(
        sledai: [], physicianGlobal: nil, prednisoloneMg: 1000.01, immunosuppressants: []),
      refused: "prednisolone 1000.01 is outside the plausible range 0–1000 mg/day"),
    // The caregiver's home neuro check: 0–3 objects named, texts as typed.
    Case(
      description: "neuro check 0 objects", body: .homeNeuroCheck(neuro(objects: 0)), refused: nil),
    Case(
      description: "neuro check 3 objects", body: .homeNeuroCheck(neuro(objects: 3)), refused: nil),
    Case(
      description: "neuro check 4 objects", body: .homeNeuroCheck(neuro(objects: 4)),
      refused: "objects named 4 is outside the plausible range 0–3"),
    Case(
      description: "neuro check −1 objects", body: .homeNeuroCheck(neuro(objects: -1)),
      refused: "objects named -1 is outside the plausible range 0–3"),
    Case(
      description: "neuro check sentence at the limit",
      body: .homeNeuroCheck(neuro(objects: 3, sentence: longText)), refused: nil),
    Case(
      description: "neuro check sentence over the limit",
      body: .homeNeuroCheck(neuro(objects: 3, sentence: longText + "x")),
      refused: "the sentence is 2001 characters long"),
    Case(
      description: "neuro check note over the limit",
      body: .homeNeuroCheck(neuro(objects: 3, note: longText + "x")),
      refused: "the note is 2001 characters long"),
    // Labs: finite and below 10¹² in any unit (the protocol's range is checked where it is known).
    Case(
      description: "a lab of 1e11",
      body: .labs([LabResult(lab: "igg", value: 1e11, typedValue: 1e11, typedUnit: "mg/dL")]),
      refused: nil),
    Case(
      description: "a lab of 1e17",
      body: .labs([LabResult(lab: "igg", value: 1e17, typedValue: 1e17, typedUnit: "mg/dL")]),
      refused: "igg 1e+17 is not a lab value any unit gives"),
    // A correction's replacement is held to the same.
    Case(
      description: "a correction to 99 °C",
      body: .correction(
        target: "e0", reason: "typo", replacement: .temperature(celsius: 99, asTyped: "99")),
      refused: "temperature 99 is outside"),
    Case(
      description: "a correction of a bad id",
      body: .correction(target: "e0\nrm", reason: "typo", replacement: nil),
      refused: "target \"e0\nrm\" is not an id"),
  ]

  @Test(arguments: cases)
  func aLineIsReadOnlyWithinWhatCouldBeTyped(_ example: Case) {
    let line = Self.line(example.body)
    do {
      let entry = try LineCodec.decodeEntry(line)
      #expect(example.refused == nil, "read although implausible: \(entry.body)")
    } catch {
      #expect(example.refused.map { error.reason.contains($0) } == true, "\(error.reason)")
    }
  }

  @Test(arguments: [
    ("e1", true), ("3f9a0c1d2e4b5a69", true), ("demo-00001", true),
    (String(repeating: "a", count: 64), true), (String(repeating: "a", count: 65), false),
    ("e1\nX", false), ("e 1", false), ("é1", false), ("e\"1", false), ("", false),
  ])
  func idsArePrintableAndShort(id: String, read: Bool) {
    #expect(
      ((try? LineCodec.decodeEntry(Self.line(.note(text: "x"), id: id))) != nil) == read, "\(id)")
    let event = JourneyEvent(
      id: id, recordedAt: Self.stamp, author: Self.patient,
      body: .planned(phase: .infusion, date: Self.stamp.date))
    #expect(((try? LineCodec.decodeEvent(LineCodec.encode(event))) != nil) == read, "\(id)")
  }

  @Test func authorsAndEventTextsHaveTheTypedLimits() {
    let long = Author(role: .patient, name: String(repeating: "n", count: 201))
    #expect(throws: LineCodec.DecodingError.self) {
      try LineCodec.decodeEntry(Self.line(.note(text: "x"), author: long))
    }
    let created = JourneyEvent(
      id: "c1", recordedAt: Self.stamp, author: Self.patient,
      body: .created(
        patient: String(repeating: "p", count: 201), protocolID: "cd19-sle", teamPhone: nil,
        temperatureUnit: .celsius))
    #expect(throws: LineCodec.DecodingError.self) {
      try LineCodec.decodeEvent(LineCodec.encode(created))
    }
  }
}

/// Every number formatter is total: no value crashes a screen, a timeline or an export.
@Suite struct DecimalTextTests {
  @Test(arguments: [
    (38.0, 1, false, "38.0"), (37.95, 1, false, "38.0"), (-0.25, 1, false, "-0.3"),
    (0.04, 1, false, "0.0"),
    (620, 2, true, "620"), (1.1, 2, true, "1.1"), (0.25, 2, true, "0.25"), (-0.001, 2, true, "0"),
    (38.22, 6, true, "38.22"), (0.000001, 6, true, "0.000001"), (2100, 6, true, "2100"),
    (5, 0, true, "5"),
  ])
  func formatsAsBefore(value: Double, places: Int, trimmed: Bool, text: String) {
    #expect(DecimalText.format(value, places: places, trimmed: trimmed) == text)
  }

  @Test(arguments: [1e12, 1e13, -1e13, 1e17, 1e300, -1e300, .infinity, -.infinity, .nan])
  func hugeValuesAreWrittenNotTrapped(value: Double) {
    #expect(DecimalText.format(value, places: 6, trimmed: true) == "\(value)")
    #expect(LabDefinition.format(value) == "\(value)")
    #expect(Timeline.oneDecimal(value) == "\(value)")
    #expect(Timeline.formatTemperature(value, unit: .fahrenheit).hasSuffix("°F"))
    _ = DecimalText.wholeNumber(value * 100)
  }

  @Test(arguments: [
    (1e300, Int.max), (-1e300, Int.min), (Double.nan, 0), (2.5, 3), (-2.5, -3), (9.3e18, Int.max),
  ])
  func wholeNumbersAreHeld(value: Double, whole: Int) {
    #expect(DecimalText.wholeNumber(value) == whole)
  }
}
