import PropertyBased
import Testing

@testable import JourneyCore

/// The line codec on random lines and random entries: a bad line is a typed error with a
/// reason, and every entry written reads back as itself.
@Suite struct LineCodecPropertyTests {
  @Test func randomLinesAreDecodedOrRefusedWithAReason() async {
    let jsonish = Fuzz.joined([
      ["{", "", "[", "{\"v\":1,"], ["\"id\":\"a\",", "\"id\":1,", ""],
      ["\"ts\":\"2026-11-22T08:15:00+01:00\",", "\"ts\":\"2026-13-01T08:15\",", ""],
      ["\"by\":{\"role\":\"nurse\",\"name\":\"A\"},", "\"by\":{\"role\":\"cat\"},", ""],
      [
        "\"type\":\"note\",\"text\":\"x\"", "\"type\":\"temperature\",\"celsius\":\"hot\"",
        "\"type\":\"created\"", "\"v\":99", "",
      ],
      ["}", "", "}}", "} trailing"],
    ])
    for generator in [jsonish, Fuzz.string(length: 0...60)] {
      await propertyCheck(count: 150, input: generator) { line in
        do { _ = try LineCodec.decodeEntry(line) } catch let error as LineCodec.DecodingError {
          #expect(!error.reason.isEmpty)
        }
        do { _ = try LineCodec.decodeEvent(line) } catch let error as LineCodec.DecodingError {
          #expect(!error.reason.isEmpty)
        }
      }
    }
  }

  /// Random entries of every simple kind, with hostile text, survive a write and a read: every
  /// value within what a line may hold (the plausible ranges; ids of printable ASCII).
  @Test func randomEntriesRoundTrip() async {
    let entries = Generator<Entry, Shrink.None<Entry>> { rng in
      func text() -> String {
        var value = ""
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
          value.unicodeScalars.append(Fuzz.anyScalar(&rng))
        }
        return value
      }
      let stamp = Timestamp(
        date: LocalDate(daysSinceEpoch: Int.random(in: -700_000...2_900_000, using: &rng)),
        secondOfDay: Int.random(in: 0..<86_400, using: &rng),
        utcOffset: Int.random(in: -18 * 60...18 * 60, using: &rng) * 60)
      let bodies: [Entry.Body] = [
        .temperature(celsius: Double.random(in: 34...43, using: &rng), asTyped: text()),
        .heartRate(bpm: Int.random(in: Reading.plausibleHeartRate, using: &rng)),
        .bloodPressure(
          systolic: Int.random(in: Reading.plausibleSystolic, using: &rng),
          diastolic: Int.random(in: Reading.plausibleDiastolic, using: &rng)),
        .oxygenSaturation(percent: Int.random(in: Reading.plausibleSpO2, using: &rng)),
        .weight(kilograms: Double.random(in: 20...300, using: &rng), asTyped: text()),
        .symptom(name: text(), severity: Int.random(in: 0...4, using: &rng)),
        .medication(text: text()),
        .note(text: text()),
        .correction(
          target: "t\(UInt32.random(in: 0...UInt32.max, using: &rng))", reason: text(),
          replacement: nil),
        .correction(
          target: "t\(UInt32.random(in: 0...UInt32.max, using: &rng))", reason: text(),
          replacement: .note(text: text())),
      ]
      return Entry(
        id: "e\(UInt64.random(in: 0...UInt64.max, using: &rng))", recordedAt: stamp,
        observedAt: stamp,
        author: Author(
          role: Role.allCases[Int.random(in: 0..<Role.allCases.count, using: &rng)], name: text()),
        body: bodies[Int.random(in: 0..<bodies.count, using: &rng)])
    }
    await propertyCheck(count: 300, input: entries) { entry in
      let line = LineCodec.encode(entry)
      #expect(!line.contains("\n"))
      #expect(!line.unicodeScalars.contains { $0.value < 0x20 }, "a raw control in \(line)")
      do {
        #expect(try LineCodec.decodeEntry(line) == entry)
      } catch {
        Issue.record("\(error): \(line)")
      }
    }
  }
}
