import Foundation
import PropertyBased
import Testing

@testable import JourneyCore

/// Every parser a user or a file reaches, fed random and nearly-valid text: nothing crashes,
/// every refusal is a typed error with a message, and what parses prints back the same.
@Suite struct ParserPropertyTests {
  /// Runs `parse` and checks the refusal, if any, says something; returns the value.
  @discardableResult
  func outcome<T>(_ text: String, _ parse: (String) throws(Reading.Error) -> T) -> T? {
    do {
      return try parse(text)
    } catch {
      #expect(!error.message.isEmpty, "empty refusal for \(text.debugDescription)")
      return nil
    }
  }

  @Test func temperatureOfRandomTextIsPlausibleOrRefused() async {
    await propertyCheck(count: 300, input: Fuzz.string()) { text in
      if let celsius = outcome(text, Reading.temperature) {
        #expect(Reading.plausibleCelsius.contains(celsius), "\(text.debugDescription) → \(celsius)")
      }
    }
  }

  /// Nearly valid temperatures: signs, several points, commas, units in both cases, spaces.
  @Test func temperatureOfNearlyValidTextIsPlausibleOrRefused() async {
    let text = Fuzz.joined([
      ["", " ", "-", "+", "0"], ["3", "9", "10", "38", "100", "1e", "99999999999999999999"],
      ["", ".", ",", "..", ". ", ",5"], ["", "2", "25", "8"],
      ["", "C", "c", "F", "f", " °C", "°F", "K", "CF"],
    ])
    await propertyCheck(count: 300, input: text) { text in
      if let celsius = outcome(text, Reading.temperature) {
        #expect(Reading.plausibleCelsius.contains(celsius), "\(text.debugDescription) → \(celsius)")
      }
    }
  }

  /// A plausible temperature written as people write it reads back within 0.01 °C.
  @Test func aFormattedTemperatureReadsBack() async {
    let input = zip(Gen.double(in: 34.01...42.99), Gen.int(in: 0...5))
    await propertyCheck(count: 200, input: input) { celsius, style in
      let fahrenheit = celsius * 9 / 5 + 32
      let text =
        switch style {
        case 0: String(format: "%.2f", celsius)
        case 1: String(format: "%.2f", celsius).replacingOccurrences(of: ".", with: ",")
        case 2: String(format: "%.2fC", celsius)
        case 3: String(format: " %.2f °C ", celsius)
        case 4: String(format: "%.2fF", fahrenheit)
        default: String(format: "%.2f", fahrenheit)  // over 50: taken as °F
        }
      let read = outcome(text, Reading.temperature)
      #expect(
        read.map { abs($0 - celsius) < 0.01 } == true, "\(text) → \(String(describing: read))")
    }
  }

  @Test func vitalsOfRandomTextAreInRangeOrRefused() async {
    await propertyCheck(count: 200, input: Fuzz.string()) { text in
      if let bpm = outcome(text, Reading.heartRate) {
        #expect(Reading.plausibleHeartRate.contains(bpm))
      }
      if let spo2 = outcome(text, Reading.spo2) { #expect(Reading.plausibleSpO2.contains(spo2)) }
      if let kg = outcome(text, Reading.weight) { #expect(Reading.plausibleKilograms.contains(kg)) }
      if let bp = outcome(text, Reading.bloodPressure) {
        #expect(Reading.plausibleSystolic.contains(bp.systolic))
        #expect(Reading.plausibleDiastolic.contains(bp.diastolic))
        #expect(bp.systolic > bp.diastolic)
      }
    }
  }

  @Test func bloodPressureOfNearlyValidTextIsInRangeOrRefused() async {
    let text = Fuzz.joined([
      ["", " ", "-"], ["0", "40", "118", "260", "261", "99999999999999999999", "", "1 2"],
      ["/", "//", "", " / ", "\\", "⁄"], ["0", "76", "160", "161", "", "-5", "76/"],
      ["", "mmHg", " mmhg", "MMHG"],
    ])
    await propertyCheck(count: 300, input: text) { text in
      if let bp = outcome(text, Reading.bloodPressure) {
        #expect(Reading.plausibleSystolic.contains(bp.systolic))
        #expect(Reading.plausibleDiastolic.contains(bp.diastolic))
        #expect(bp.systolic > bp.diastolic, "\(text.debugDescription)")
      }
    }
  }

  @Test func aValidBloodPressureReadsBack() async {
    let input = zip(Gen.int(in: Reading.plausibleSystolic), Gen.int(in: Reading.plausibleDiastolic))
    await propertyCheck(count: 200, input: input) { systolic, diastolic in
      let read = outcome("\(systolic)/\(diastolic)", Reading.bloodPressure)
      if systolic > diastolic {
        #expect(read?.systolic == systolic && read?.diastolic == diastolic)
      } else {
        #expect(read == nil)
      }
    }
  }

  @Test func symptomOfRandomTextHasANameAndASeverityOrIsRefused() async {
    let text = Fuzz.joined([
      ["chills", "", " ", "word-finding", "中", "\u{1B}[2J"], ["=", "", "==", " = "],
      ["0", "4", "5", "-1", "mild", "very severe", "very-severe", "SEVERE", "٣", "", "2.0"],
    ])
    await propertyCheck(count: 200, input: text) { text in
      if let symptom = outcome(text, Reading.symptom) {
        #expect(!symptom.name.isEmpty)
        #expect((0...4).contains(symptom.severity))
      }
    }
    await propertyCheck(count: 200, input: Fuzz.string()) { text in
      if let symptom = outcome(text, Reading.symptom) {
        #expect(!symptom.name.isEmpty)
        #expect((0...4).contains(symptom.severity))
      }
    }
  }

  @Test func aDateOfRandomTextIsRealOrNil() async {
    await propertyCheck(count: 300, input: Fuzz.string(length: 8...12)) { text in
      if let date = LocalDate(parsing: text) { #expect(date.description == text) }
    }
  }

  /// Every real date prints as YYYY-MM-DD and reads back as itself.
  @Test func aValidDatePrintsBackIdentically() async {
    let input = zip(Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...31))
    await propertyCheck(count: 300, input: input) { year, month, day in
      guard let date = LocalDate(year: year, month: month, day: day) else {
        #expect(day > 28, "\(year)-\(month)-\(day) refused")
        return
      }
      #expect(LocalDate(parsing: date.description) == date)
      #expect(LocalDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }
  }

  @Test func aDateTimeOfRandomTextIsValidOrNil() async {
    let nearly = Fuzz.joined([
      ["2026-11-22", "2026-02-30", "0000-01-01", "9999-12-31", "2026-1-2"],
      ["T", "t", " ", "X", ""],
      ["08:15", "23:59:59", "24:00", "08:60", "8:15", "08:15:60", "", "08", "٠٨:15"],
      ["", "Z", "z", "+01:00", "-18:00", "+19:00", "+0100", "+01:60", "+1:00", "-"],
    ])
    let local: (LocalDate, Int) -> Int = { _, _ in 3600 }
    await propertyCheck(count: 300, input: nearly) { text in
      if let stamp = Timestamp.parse(text, localOffset: local) {
        #expect((0..<86_400).contains(stamp.secondOfDay), "\(text)")
        #expect(abs(stamp.utcOffset) <= 18 * 3600)
        #expect(Timestamp(stored: stamp.description) == stamp, "\(text) → \(stamp)")
      }
    }
    await propertyCheck(count: 300, input: Fuzz.string(length: 14...30)) { text in
      _ = Timestamp.parse(text, localOffset: local)
      _ = Timestamp(stored: text)
    }
  }
}
