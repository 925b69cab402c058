import Foundation
import Testing

@testable import JourneyCore

/// One list of a line's fields: `LineCodec.Record`'s properties and its `CodingKeys` name the
/// same fields, and the quick reader, the quick writer, `JSONDecoder` and `JSONEncoder` agree on
/// every one of them.
@Suite struct LineCodecSchemaTests {
  typealias Record = LineCodec.Record
  typealias Key = Record.CodingKeys

  /// A field added to `Record` alone would be left out by `JSONDecoder`, `JSONEncoder` and both
  /// quick paths alike: it must have a key, which the quick reader and writer must then handle.
  @Test func everyFieldOfARecordHasAKey() {
    let fields = Mirror(reflecting: Record()).children.compactMap(\.label)
    let keys = Key.allCases.map(\.rawValue)
    #expect(Set(fields).subtracting(keys).isEmpty, "fields without a key")
    #expect(Set(keys).subtracting(fields).isEmpty, "keys without a field")
    #expect(fields.count == keys.count)
    // The quick reader tells a repeated key by its place among at most 128.
    #expect(keys.count <= 128)
  }

  /// A record with every field set to a value that reads back exactly.
  static func everyField(nested: Bool) -> Record {
    let day = LocalDate(year: 2026, month: 11, day: 22)!
    let stamp = Timestamp(date: day, secondOfDay: 29_700, utcOffset: 3_600)
    var r = Record()
    for key in Key.allCases {
      switch key {
      case .v: r.v = 2
      case .id: r.id = "e-1"
      case .ts: r.ts = stamp
      case .by: r.by = Author(role: .nurse, name: "Ana \"A\" Weber")
      case .type: r.type = "correction"
      case .prev: r.prev = LineCodec.genesisHash
      case .patient: r.patient = "Maria"
      case .protocol: r.protocol = "cd19-sle"
      case .teamPhone: r.teamPhone = "+49 30 1234"
      case .emergency: r.emergency = "112"
      case .lang: r.lang = "zh-Hans"
      case .teamLang: r.teamLang = "de"
      case .unit: r.unit = .fahrenheit
      case .phase: r.phase = .hospitalStay
      case .date: r.date = day
      case .on: r.on = day.adding(days: 1)
      case .undated: r.undated = false
      case .reason: r.reason = "typo\n\tfixed"
      case .note: r.note = "a/b \\ c"
      case .milestone: r.milestone = "consent-signed"
      case .notApplicable: r.notApplicable = true
      case .target: r.target = "e-0"
      case .born: r.born = day.adding(days: -12_000)
      case .sex: r.sex = .other
      case .identifiers:
        if nested {
          r.identifiers = [PatientIdentifier(system: "urn:oid:1.2.3", value: "T \"7\"")]
        }
      case .at: r.at = Timestamp(date: day, secondOfDay: 0, utcOffset: -18_000)
      case .celsius: r.celsius = 38.25
      case .typed: r.typed = "100.85F"
      case .symptom: r.symptom = "chills"
      case .severity: r.severity = 3
      case .text: r.text = "é 中文 😀 \u{7F} \u{1B}[31m \u{2028}"
      case .bpm: r.bpm = 118
      case .systolic: r.systolic = 92
      case .diastolic: r.diastolic = 58
      case .spo2: r.spo2 = 93
      case .kg: r.kg = 61
      case .ice:
        if nested {
          r.ice = ICEScore(
            orientation: 4, naming: 3, commands: 1, writing: 0, attention: 1, sentence: "x")
        }
      case .grading:
        if nested { r.grading = GradingInput(temperature: 38.6, hypotension: .fluids, ice: 9) }
      case .result:
        if nested { r.result = GradingResult(crs: 2, icans: 1, reasons: ["fluids", "ICE 9"]) }
      case .labs:
        if nested {
          r.labs = [LabResult(lab: "igg", value: 620, typedValue: 6.2, typedUnit: "g/L")]
        }
      case .sledai: r.sledai = ["arthritis", "low-complement"]
      case .pga: r.pga = 0.5
      case .prednisoloneMg: r.prednisoloneMg = 7.5
      case .immunosuppressants: r.immunosuppressants = []
      case .medicine: r.medicine = "prednisolone"
      case .dose: r.dose = "5 mg"
      case .change: r.change = .dose
      case .changeReason: r.changeReason = "taper"
      case .newType: r.newType = "temperature"
      case .writing: r.writing = .changed
      case .objects: r.objects = 2
      case .dateSaid: r.dateSaid = .wrong
      case .countBack: r.countBack = .right
      }
    }
    return r
  }

  /// Every field the quick ways handle is written and read by them exactly as `JSONEncoder`
  /// and `JSONDecoder` write and read it.
  @Test func theQuickWaysWriteAndReadEveryFieldAsJSONDoes() throws {
    let record = Self.everyField(nested: false)
    let line = try #require(LineCodec.quickLine(record), "not written the quick way")
    #expect(line == LineCodec.encodedLine(record))
    let quick = try #require(LineCodec.quickRecord(line), "not read the quick way: \(line)")
    #expect(quick == record)
    #expect(try JSONDecoder().decode(Record.self, from: Data(line.utf8)) == record)
  }

  /// Nested objects are `JSONEncoder`'s and `JSONDecoder`'s to write and read, whole.
  @Test func nestedObjectsAreLeftToJSON() throws {
    let record = Self.everyField(nested: true)
    #expect(LineCodec.quickLine(record) == nil)
    #expect(LineCodec.quickRecord(LineCodec.line(record)) == nil)
    let read = try JSONDecoder().decode(Record.self, from: Data(LineCodec.line(record).utf8))
    #expect(read == record)
    for key in [Key.ice, .grading, .result, .labs] {
      #expect(LineCodec.line(record).contains("\"\(key.rawValue)\":"), "\(key) left out")
    }
  }
}
