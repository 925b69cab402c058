import Testing

@testable import JourneyCore

@Suite struct ReadingTests {
  @Test(arguments: [
    ("38.2", 38.2), ("38,2", 38.2), ("38.2C", 38.2), ("38.2 °C", 38.2), ("38.2c", 38.2),
    ("100.8F", 38.2222), ("100.4 F", 38.0), ("100.4", 38.0), ("37", 37.0), ("34", 34.0),
    ("43", 43.0), ("\t38.2 ", 38.2), ("\u{00A0}38,2°c\u{2003}", 38.2), ("100.4f", 38.0),
    ("38 . 2", 38.2),
  ])
  func temperatures(text: String, celsius: Double) throws {
    #expect(try Reading.temperature(text) == celsius)
  }

  @Test(arguments: [
    "382", "33.9", "43.1", "abc", "", "38.2K", "-38", "3e1", "38..2", "nan", "110F", "90F",
    "38.2\tC", "38.2\nC", "38.2CC", "°", "C",
  ])
  func implausibleOrMalformedTemperaturesAreRefused(text: String) {
    #expect(throws: Reading.Error.self) { try Reading.temperature(text) }
  }

  @Test func theRangeIsNamed() {
    #expect(
      throws: Reading.Error(
        message:
          "temperature \"382\" is outside the plausible range 34.0–43.0 °C (93.2–109.4 °F); check for a typo"
      )
    ) {
      try Reading.temperature("382")
    }
  }

  /// Thermometers show one or two decimals; a third would be shown rounded, on the other side of
  /// a threshold from where it is judged.
  @Test(arguments: ["37.955", "100.123F", "38.000"])
  func aTemperatureWithMoreThanTwoDecimalsIsRefused(_ typed: String) {
    #expect(throws: Reading.Error.self) { try Reading.temperature(typed) }
  }

  @Test(arguments: [(37.95, "37.95"), (38.0, "38.0"), (38.4, "38.4"), (37.9944, "37.99")])
  func readingsShowUpToTwoDecimals(_ celsius: Double, _ shown: String) {
    #expect(TemperatureUnit.celsius.reading(fromCelsius: celsius) == shown)
  }

  @Test(arguments: [
    ("chills=2", "chills", 2), ("chills = 0", "chills", 0),
    ("word-finding=severe", "word-finding", 3),
    ("fatigue=very severe", "fatigue", 4), ("fatigue=very-severe", "fatigue", 4),
    ("x=none", "x", 0),
  ])
  func symptoms(text: String, name: String, severity: Int) throws {
    let parsed = try Reading.symptom(text)
    #expect(parsed.name == name)
    #expect(parsed.severity == severity)
  }

  @Test(arguments: ["chills", "chills=5", "chills=-1", "=2", "chills=bad", "chills=2.5", "chills="])
  func badSymptomsAreRefused(text: String) {
    #expect(throws: Reading.Error.self) { try Reading.symptom(text) }
  }
}
