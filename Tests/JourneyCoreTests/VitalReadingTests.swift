import Testing

@testable import JourneyCore

@Suite struct VitalReadingTests {
  @Test(arguments: [("88", 88), ("88bpm", 88), ("88 /min", 88), ("25", 25), ("250", 250)])
  func heartRates(text: String, bpm: Int) throws { #expect(try Reading.heartRate(text) == bpm) }

  @Test(arguments: ["24", "251", "8 8", "88.5", "", "-60", "fast"])
  func badHeartRates(text: String) {
    #expect(throws: Reading.Error.self) { try Reading.heartRate(text) }
  }

  @Test(arguments: [
    ("118/76", 118, 76), ("118/76 mmHg", 118, 76), ("89/60", 89, 60), ("260/160", 260, 159 + 1),
  ])
  func bloodPressures(text: String, systolic: Int, diastolic: Int) throws {
    let bp = try Reading.bloodPressure(text)
    #expect(bp.systolic == systolic && bp.diastolic == diastolic)
  }

  @Test(arguments: ["118", "118/", "/76", "76/118", "118-76", "1180/76", "118/76/1", "118/19"])
  func badBloodPressures(text: String) {
    #expect(throws: Reading.Error.self) { try Reading.bloodPressure(text) }
  }

  @Test(arguments: [("97", 97), ("97%", 97), ("100", 100), ("50", 50)])
  func saturations(text: String, percent: Int) throws { #expect(try Reading.spo2(text) == percent) }

  @Test(arguments: ["101", "49", "0.97", "97.5"])
  func badSaturations(text: String) {
    #expect(throws: Reading.Error.self) { try Reading.spo2(text) }
  }

  @Test(arguments: [
    ("61.5kg", 61.5), ("61,5 kg", 61.5), ("135lb", 61.23), ("135 lbs", 61.23), ("70", 70.0),
  ])
  func weights(text: String, kg: Double) throws { #expect(try Reading.weight(text) == kg) }

  @Test(arguments: ["615kg", "19kg", "700lb", "heavy", "61.5st"])
  func badWeights(text: String) { #expect(throws: Reading.Error.self) { try Reading.weight(text) } }

  @Test func rangesAreNamed() {
    #expect(
      throws: Reading.Error(
        message: "SpO2 \"101\" is outside the plausible range 50–100 %; check for a typo")
    ) {
      try Reading.spo2("101")
    }
  }
}
