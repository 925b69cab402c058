import Testing

@testable import JourneyCore

/// One answer for a typed temperature, on the command line and the screens: a bare number is in
/// the journey's unit.
@Suite struct ReadingUnitTests {
  @Test(arguments: [
    // °F journey: bare numbers are °F, on both sides of the plausible range.
    (TemperatureUnit.fahrenheit, "100.4", 38.0), (.fahrenheit, "93.2", 34.0),
    (.fahrenheit, "109.4", 43.0), (.fahrenheit, "99,5", 37.5), (.fahrenheit, "38.2C", 38.2),
    (.fahrenheit, "100.8F", 38.2222),
    // °C journey: as before, bare numbers above 50 are °F.
    (.celsius, "38.2", 38.2), (.celsius, "100.4", 38.0), (.celsius, "34", 34.0),
    (.celsius, "43", 43.0),
  ])
  func aTemperatureIsReadInTheJourneysUnit(
    _ unit: TemperatureUnit, _ text: String, _ celsius: Double
  )
    throws
  {
    #expect(try Reading.temperature(text, unit: unit) == celsius)
  }

  @Test(arguments: ["37.5", "93.1", "109.5", "38"])
  func aBareNumberNoBodyHasInFahrenheitAsksForTheUnit(_ text: String) {
    #expect(throws: Reading.Error.self) { try Reading.temperature(text, unit: .fahrenheit) }
    do {
      _ = try Reading.temperature(text, unit: .fahrenheit)
    } catch {
      #expect(error.message.hasPrefix("temperature \"\(text)\" is not a body temperature in °F"))
      #expect(error.message.contains("type the unit, e.g. 100.4F"))
    }
  }

  @Test(arguments: [("abc", "is not a number"), ("100.123", "more than two decimals")])
  func otherMistakesKeepTheirOwnMessage(_ text: String, _ words: String) {
    do {
      _ = try Reading.temperature(text, unit: .fahrenheit)
      Issue.record("\(text) was taken")
    } catch {
      #expect(error.message.contains(words))
      #expect(error.message.contains("\"\(text)\""))
    }
  }

  /// The example a prompt shows is accepted as typed.
  @Test(arguments: TemperatureUnit.allCases)
  func thePromptsExampleIsAccepted(_ unit: TemperatureUnit) throws {
    let example = Reading.temperatureExample(unit)
    #expect(unit.reading(fromCelsius: try Reading.temperature(example, unit: unit)) == example)
  }
}
