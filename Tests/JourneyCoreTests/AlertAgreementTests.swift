import Testing

@testable import JourneyCore

/// Two promises checked over every value a patient can type: one entry never raises two alerts,
/// and a temperature is never shown on the other side of a threshold from where it is judged.
@Suite struct AlertAgreementTests {
  static let care = RedFlagsTests.care
  static let days = [-40, -6, -5, 0, 28, 181, 3000]

  /// Every symptom of the protocol at every severity, every whole reading of heart rate, SpO2
  /// and blood pressure, and temperatures every 0.05 °C, on days before, during and long after
  /// treatment, in journeys recorded, lagging and ended: at most one alert each, and its rules
  /// listed most urgent first.
  @Test(arguments: RedFlagsTests.Shape.allCases)
  func oneEntryNeverRaisesTwoAlerts(_ shape: RedFlagsTests.Shape) {
    let journey = shape.journey
    var bodies: [Entry.Body] = []
    for symptom in Self.care.symptoms {
      for severity in 0...4 { bodies.append(.symptom(name: symptom.id, severity: severity)) }
    }
    for bpm in stride(from: 25, through: 250, by: 1) { bodies.append(.heartRate(bpm: bpm)) }
    for percent in 50...100 { bodies.append(.oxygenSaturation(percent: percent)) }
    for systolic in stride(from: 60, through: 200, by: 5) {
      bodies.append(.bloodPressure(systolic: systolic, diastolic: 50))
    }
    for hundredths in stride(from: 3400, through: 4300, by: 5) {
      let celsius = Double(hundredths) / 100
      bodies.append(.temperature(celsius: celsius, asTyped: "\(celsius)"))
    }
    bodies.append(RedFlagsTests.labs("platelets=10", "haemoglobin=6", "igg=100", "neutrophils=100"))
    // Home neuro checks: the first of the day, then changed ones compared with it.
    for check in [
      HomeNeuroCheckTests.normal, HomeNeuroCheckTests.check("c", 0, "w", "w"),
      HomeNeuroCheckTests.check("u", 1, "w", "r"),
    ] {
      bodies.append(.homeNeuroCheck(check))
    }
    var wrong: [String] = []
    var raised = 0
    for day in Self.days {
      let entries = bodies.enumerated().map { index, body in
        RedFlagsTests.entry(body, on: RedFlagsTests.day(day), id: "e\(index)")
      }
      let alerts = RedFlags.alerts(for: entries, journey: journey, protocol: Self.care)
      raised += alerts.count
      let ids = alerts.compactMap(\.entryID)
      if Set(ids).count != ids.count { wrong.append("Day \(day): an entry raised two alerts") }
      for alert in alerts
      where !alert.alsoMet.allSatisfy({ $0.level >= alert.level })
        || Set(alert.rules.map(\.id)).count != alert.rules.count
      {
        wrong.append("Day \(day): \(alert.rules.map(\.id))")
      }
    }
    #expect(wrong == [])
    #expect(raised > 1000)
  }

  /// Each temperature bound of the protocol in °C and in °F, as the number a reading is
  /// compared with when shown in that unit.
  static let bounds: [(rule: String, bounds: ReadingBounds)] = care.redFlags.compactMap { rule in
    guard case .measure(.temperature, let bounds) = rule.condition else { return nil }
    return (rule.id, bounds)
  }

  /// Every temperature a patient can type, in °C (34.00–43.00) and °F (93.20–109.40) with up to
  /// two decimals, shown in °C and in °F: the number shown is inside every temperature rule's
  /// bounds exactly when the stored value is (37.95 °C is never shown as 38.0), and a reading is
  /// shown again in the unit it was typed in as typed.
  @Test(arguments: [TemperatureUnit.celsius, .fahrenheit])
  func whatIsShownIsWhatIsJudged(_ typedIn: TemperatureUnit) throws {
    let range = typedIn == .celsius ? 3400...4300 : 9320...10940
    #expect(!Self.bounds.isEmpty)
    var wrong: [String] = []
    for hundredths in range {
      let typed = "\(hundredths / 100).\(LocalDate.pad(hundredths % 100, 2))" + typedIn.rawValue
      let celsius = try Reading.temperature(typed)
      let backAgain = Double(typedIn.reading(fromCelsius: celsius)) ?? .nan
      if !(abs(backAgain - Double(hundredths) / 100) < 1e-9) {
        wrong.append("\(typed) shows as \(backAgain)")
      }
      for unit in [TemperatureUnit.celsius, .fahrenheit] {
        let shown = Double(unit.reading(fromCelsius: celsius)) ?? .nan
        for (rule, bounds) in Self.bounds {
          let inUnit = ReadingBounds(
            atLeast: bounds.atLeast.map(unit.value(fromCelsius:)),
            below: bounds.below.map(unit.value(fromCelsius:)),
            atMost: bounds.atMost.map(unit.value(fromCelsius:)))
          if bounds.contains(celsius) != inUnit.contains(shown) {
            wrong.append("\(typed) shown as \(shown) \(unit.symbol) against \(rule)")
          }
        }
      }
    }
    #expect(wrong == [])
  }
}
