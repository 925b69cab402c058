import Foundation
import PropertyBased
import Testing

@testable import JourneyCore

/// The quick line writer gives, for every record it writes, exactly the bytes `JSONEncoder`
/// gives, so data files and backups are the same bytes whichever wrote them.
@Suite struct LineCodecQuickLineTests {
  static let stamp = Timestamp(
    date: LocalDate(year: 2026, month: 11, day: 22)!, secondOfDay: 3_600, utcOffset: -18_000)

  static func entry(_ body: Entry.Body) -> Entry {
    Entry(
      id: "e1", recordedAt: stamp, observedAt: stamp, author: Author(role: .caregiver, name: "Tom"),
      body: body)
  }

  /// Every kind of entry without nested objects is written the quick way, as JSONEncoder does.
  @Test(arguments: [
    Entry.Body.temperature(celsius: 38.4, asTyped: "38,4"), .temperature(celsius: 37, asTyped: ""),
    .heartRate(bpm: 72), .bloodPressure(systolic: 118, diastolic: 76),
    .oxygenSaturation(percent: 97), .weight(kilograms: 61.5, asTyped: "135lb"),
    .symptom(name: "chills", severity: 2), .medication(text: "prednisone 5 mg"),
    .note(text: "\"quoted\", 中文, \u{1B}[31m, \n, \u{0}, \u{1F}, \u{7F}, \u{9B}, a/b, \\"),
    .medicationChange(name: "prednisone", dose: "5 mg/day", change: .dose, reason: "taper"),
    .medicationChange(name: "mmf", dose: nil, change: .stop, reason: nil),
    .assessment(
      sledai: ["arthritis", "rash"], physicianGlobal: 1.25, prednisoloneMg: 10,
      immunosuppressants: ["mmf"]),
    .assessment(sledai: [], physicianGlobal: nil, prednisoloneMg: nil, immunosuppressants: []),
    .correction(target: "x", reason: "typo", replacement: .weight(kilograms: 70, asTyped: "70")),
    .correction(target: "x", reason: "twice", replacement: nil),
  ])
  func entriesAreWrittenAsJSONEncoderWritesThem(body: Entry.Body) throws {
    var record = LineCodec.Record(
      v: 1, id: "e1", ts: Self.stamp, by: Author(role: .caregiver, name: "Tom"))
    record.type = Self.entry(body).type
    record.prev = LineCodec.genesisHash
    record.at = Self.stamp
    LineCodec.fill(&record, with: body)
    let quick = try #require(LineCodec.quickLine(record))
    #expect(quick == LineCodec.encodedLine(record))
    #expect(LineCodec.encode(Self.entry(body), prev: LineCodec.genesisHash) == quick)
  }

  /// Entries with nested objects are left to JSONEncoder, and still written whole.
  @Test(arguments: [
    Entry.Body.labs([LabResult(lab: "igg", value: 620, typedValue: 6.2, typedUnit: "g/L")]),
    .ice(ICEScore(orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1)),
    .grading(GradingInput(temperature: 39), GradingResult(crs: 1, icans: nil, reasons: ["fever"])),
  ])
  func nestedEntriesAreLeftToJSONEncoder(body: Entry.Body) throws {
    var record = LineCodec.Record(
      v: 1, id: "e1", ts: Self.stamp, by: Author(role: .nurse, name: "A"))
    record.type = Self.entry(body).type
    LineCodec.fill(&record, with: body)
    #expect(LineCodec.quickLine(record) == nil)
    #expect(try LineCodec.decodeEntry(LineCodec.encode(Self.entry(body))) == Self.entry(body))
  }

  /// Random records of every scalar field, with any text and any finite number: the quick
  /// writer gives JSONEncoder's bytes.
  @Test func randomRecordsAreWrittenAsJSONEncoderWritesThem() async {
    let records = Generator<LineCodec.Record, Shrink.None<LineCodec.Record>> { rng in
      func text() -> String? {
        guard Int.random(in: 0..<4, using: &rng) > 0 else { return nil }
        var value = ""
        for _ in 0..<Int.random(in: 0...10, using: &rng) {
          value.unicodeScalars.append(
            Bool.random(using: &rng)
              ? Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &rng)) : Fuzz.anyScalar(&rng))
        }
        return value
      }
      func int() -> Int? {
        guard Bool.random(using: &rng) else { return nil }
        return Bool.random(using: &rng)
          ? Int.random(in: -1_000...1_000, using: &rng) : Int.random(in: .min ... .max, using: &rng)
      }
      func double() -> Double? {
        guard Bool.random(using: &rng) else { return nil }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return Double(Int.random(in: -1_000...1_000, using: &rng))
        case 1: return Double(Int.random(in: 0...100_000, using: &rng)) / 100
        case 2: return Double.random(in: -1e-3...1e-3, using: &rng)
        default:
          let bits = UInt64.random(in: 0 ... .max, using: &rng)
          let value = Double(bitPattern: bits)
          return value.isFinite ? value : 1e300
        }
      }
      var r = LineCodec.Record()
      r.v = int()
      r.id = text()
      r.ts = Bool.random(using: &rng) ? Self.stamp : nil
      r.by = text().map { Author(role: .patient, name: $0) }
      (r.type, r.prev, r.patient, r.protocol, r.teamPhone) = (
        text(), text(), text(), text(), text()
      )
      r.unit = Bool.random(using: &rng) ? .celsius : nil
      r.phase = Bool.random(using: &rng) ? .followUp : nil
      r.date = Bool.random(using: &rng) ? Self.stamp.date : nil
      r.undated = Bool.random(using: &rng) ? Bool.random(using: &rng) : nil
      (r.reason, r.note, r.milestone, r.target, r.typed) = (text(), text(), text(), text(), text())
      (r.celsius, r.kg, r.pga, r.prednisoloneMg) = (double(), double(), double(), double())
      (r.symptom, r.text, r.medicine, r.dose) = (text(), text(), text(), text())
      (r.changeReason, r.newType) = (text(), text())
      (r.severity, r.bpm, r.systolic, r.diastolic, r.spo2) = (int(), int(), int(), int(), int())
      r.change = Bool.random(using: &rng) ? .start : nil
      r.sledai = Bool.random(using: &rng) ? [text() ?? "", text() ?? ""] : nil
      r.immunosuppressants = Bool.random(using: &rng) ? [] : nil
      return r
    }
    await propertyCheck(count: 300, input: records) { record in
      guard let quick = LineCodec.quickLine(record) else {
        Issue.record("not written the quick way")
        return
      }
      #expect(quick == LineCodec.encodedLine(record))
    }
  }
}
