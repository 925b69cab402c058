import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// The backup and the CSV of a fixed journey, byte for byte as CareJourney wrote them before
/// lines were written without `JSONEncoder`: a backup made today reads the same as one made
/// then, and a spreadsheet sees the same cells.
@Suite struct ExportBytesTests {
  static let day = LocalDate(year: 2026, month: 11, day: 22)!
  static let nurse = Author(role: .nurse, name: "Ana \"Ani\" Weber")
  static let patient = Author(role: .patient, name: "Maria Santos")

  static func at(_ days: Int, _ seconds: Int, _ offset: Int = 3_600) -> Timestamp {
    Timestamp(date: day.adding(days: days), secondOfDay: seconds, utcOffset: offset)
  }

  static let events: [JourneyEvent] = [
    JourneyEvent(
      id: "ev-1", recordedAt: at(-30, 32_400), author: nurse,
      body: .created(
        patient: "Maria Santos", protocolID: "cd19-sle", teamPhone: "+49 30 450 / 1234",
        temperatureUnit: .fahrenheit)),
    JourneyEvent(
      id: "ev-2", recordedAt: at(-29, 36_000), author: nurse,
      body: .planned(phase: .infusion, date: day.adding(days: -2))),
    JourneyEvent(
      id: "ev-3", recordedAt: at(-2, 36_000), author: nurse,
      body: .phaseEntered(
        phase: .leukapheresis, on: day.adding(days: -2), reason: nil, note: "cells collected")),
    JourneyEvent(
      id: "ev-4", recordedAt: at(-1, 50_000), author: nurse,
      body: .milestoneSigned(milestone: "consent-signed", on: day.adding(days: -29), note: nil)),
    JourneyEvent(
      id: "ev-5", recordedAt: at(0, 1_000), author: nurse,
      body: .settings(teamPhone: "+49 30 450 5678", temperatureUnit: .celsius)),
  ]

  /// Every character JSON escapes, DEL, a C1 control, bidi and line separators, non-ASCII.
  static let hostile =
    "say \"hi\" \\ a/b \u{0}\u{8}\u{C}\n\r\t\u{1B}[31m \u{7F} \u{9B} \u{202E} \u{2028} é中😀"

  static let entries: [Entry] = [
    entry("en-1", 0, 28_800, .temperature(celsius: 38.25, asTyped: "100.85F")),
    entry("en-2", 0, 28_860, .temperature(celsius: 37, asTyped: "37")),
    entry("en-3", 0, 29_000, .heartRate(bpm: 118)),
    entry("en-4", 0, 29_100, .bloodPressure(systolic: 92, diastolic: 58)),
    entry("en-5", 0, 29_200, .oxygenSaturation(percent: 93)),
    entry("en-6", 0, 29_300, .weight(kilograms: 61.45, asTyped: "61,45 kg")),
    entry("en-7", 0, 29_400, .symptom(name: "chills", severity: 3)),
    entry("en-8", 0, 29_500, .note(text: hostile)),
    entry("en-9", 0, 29_600, .medication(text: "=HYPERLINK(\"x\") prednisolone 5 mg")),
    entry(
      "en-10", -1, 40_000,
      .medicationChange(name: "mycophenolate", dose: "1 g/day", change: .dose, reason: "taper")),
    entry(
      "en-11", -1, 40_100, .medicationChange(name: "hcq", dose: nil, change: .stop, reason: nil)),
    entry(
      "en-12", -1, 40_200,
      .labs([
        LabResult(lab: "crp", value: 12.5, typedValue: 12.5, typedUnit: "mg/L"),
        LabResult(lab: "igg", value: 620, typedValue: 6.2, typedUnit: "g/L"),
      ])),
    entry(
      "en-13", -1, 40_300,
      .ice(
        ICEScore(
          orientation: 4, naming: 3, commands: 1, writing: 0, attention: 1,
          sentence: "The sun is out."))),
    entry(
      "en-14", -1, 40_400,
      .grading(
        GradingInput(temperature: 38.9, hypotension: .fluids, oxygen: .lowFlow, ice: 9),
        GradingResult(crs: 2, icans: 1, reasons: ["fluids for hypotension", "ICE 9"]))),
    entry(
      "en-15", -1, 40_500,
      .assessment(
        sledai: ["arthritis", "low-complement"], physicianGlobal: 0.1 + 0.2,
        prednisoloneMg: 7.5, immunosuppressants: ["mmf", hostile])),
    entry(
      "en-16", 0, 30_000,
      .correction(
        target: "en-1", reason: "typed in °F",
        replacement: .temperature(celsius: 38.1, asTyped: "38.1"))),
    entry("en-17", 0, 30_100, .correction(target: "en-2", reason: "twice", replacement: nil)),
    entry("en-18", -3, 0, .weight(kilograms: 1e-7 + 70, asTyped: "")),
    entry("en-19", -3, 86_399, .note(text: "")),
  ]

  static func entry(_ id: String, _ days: Int, _ seconds: Int, _ body: Entry.Body) -> Entry {
    Entry(
      id: id, recordedAt: at(days, seconds + 60), observedAt: at(days, seconds, -18_000),
      author: id.hasSuffix("3") ? nurse : patient, body: body)
  }

  static func input(protocolText: String?) -> ExportInput {
    ExportInput(
      journey: Journey(events: events), entries: entries, care: DemoInput.care,
      protocolText: protocolText, now: at(0, 64_800), from: nil, to: nil)
  }

  @Test func theBackupIsTheSameBytes() throws {
    let input = Self.input(protocolText: "# a \"protocol\"\n\tx = 1\n")
    let text = try ExportFormat.json.render(input)
    #expect(text == Self.backup)
  }

  /// The CSV holds raw control characters a source file should not, so it is pinned by its
  /// length and SHA-256.
  @Test func theCSVIsTheSameBytes() throws {
    let text = try ExportFormat.csv.render(Self.input(protocolText: nil))
    #expect(text.utf8.count == Self.csvLength)
    #expect(SHA256.hex(Array(text.utf8)) == Self.csvDigest)
  }

  static let backup = ##"""
    {
      "entries": [
        {"at":"2026-11-19T00:00:00-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-18","kg":70.0000001,"ts":"2026-11-19T00:01:00+01:00","type":"weight","typed":"","v":1},
        {"at":"2026-11-19T23:59:59-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-19","text":"","ts":"2026-11-19T24:00:59+01:00","type":"note","v":1},
        {"at":"2026-11-21T11:06:40-05:00","by":{"name":"Maria Santos","role":"patient"},"change":"dose","changeReason":"taper","dose":"1 g/day","id":"en-10","medicine":"mycophenolate","ts":"2026-11-21T11:07:40+01:00","type":"medication-change","v":1},
        {"at":"2026-11-21T11:08:20-05:00","by":{"name":"Maria Santos","role":"patient"},"change":"stop","id":"en-11","medicine":"hcq","ts":"2026-11-21T11:09:20+01:00","type":"medication-change","v":1},
        {"at":"2026-11-21T11:10:00-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-12","labs":[{"lab":"crp","typedUnit":"mg/L","typedValue":12.5,"value":12.5},{"lab":"igg","typedUnit":"g/L","typedValue":6.2,"value":620}],"ts":"2026-11-21T11:11:00+01:00","type":"labs","v":1},
        {"at":"2026-11-21T11:11:40-05:00","by":{"name":"Ana \"Ani\" Weber","role":"nurse"},"ice":{"attention":1,"commands":1,"naming":3,"orientation":4,"sentence":"The sun is out.","writing":0},"id":"en-13","ts":"2026-11-21T11:12:40+01:00","type":"ice","v":1},
        {"at":"2026-11-21T11:13:20-05:00","by":{"name":"Maria Santos","role":"patient"},"grading":{"consciousness":"alert","edema":"none","hypotension":"fluids","ice":9,"masked":false,"motor":"none","oxygen":"low-flow","seizure":"none","temperature":38.9},"id":"en-14","result":{"crs":2,"icans":1,"reasons":["fluids for hypotension","ICE 9"]},"ts":"2026-11-21T11:14:20+01:00","type":"grading","v":1},
        {"at":"2026-11-21T11:15:00-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-15","immunosuppressants":["mmf","say \"hi\" \\ a/b \u0000\b\f\n\r\t\u001b[31m \u007F \u009B \u202E \u2028 é中😀"],"pga":0.30000000000000004,"prednisoloneMg":7.5,"sledai":["arthritis","low-complement"],"ts":"2026-11-21T11:16:00+01:00","type":"assessment","v":1},
        {"at":"2026-11-22T08:00:00-05:00","by":{"name":"Maria Santos","role":"patient"},"celsius":38.25,"id":"en-1","ts":"2026-11-22T08:01:00+01:00","type":"temperature","typed":"100.85F","v":1},
        {"at":"2026-11-22T08:01:00-05:00","by":{"name":"Maria Santos","role":"patient"},"celsius":37,"id":"en-2","ts":"2026-11-22T08:02:00+01:00","type":"temperature","typed":"37","v":1},
        {"at":"2026-11-22T08:03:20-05:00","bpm":118,"by":{"name":"Ana \"Ani\" Weber","role":"nurse"},"id":"en-3","ts":"2026-11-22T08:04:20+01:00","type":"heart-rate","v":1},
        {"at":"2026-11-22T08:05:00-05:00","by":{"name":"Maria Santos","role":"patient"},"diastolic":58,"id":"en-4","systolic":92,"ts":"2026-11-22T08:06:00+01:00","type":"blood-pressure","v":1},
        {"at":"2026-11-22T08:06:40-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-5","spo2":93,"ts":"2026-11-22T08:07:40+01:00","type":"spo2","v":1},
        {"at":"2026-11-22T08:08:20-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-6","kg":61.45,"ts":"2026-11-22T08:09:20+01:00","type":"weight","typed":"61,45 kg","v":1},
        {"at":"2026-11-22T08:10:00-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-7","severity":3,"symptom":"chills","ts":"2026-11-22T08:11:00+01:00","type":"symptom","v":1},
        {"at":"2026-11-22T08:11:40-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-8","text":"say \"hi\" \\ a/b \u0000\b\f\n\r\t\u001b[31m \u007F \u009B \u202E \u2028 é中😀","ts":"2026-11-22T08:12:40+01:00","type":"note","v":1},
        {"at":"2026-11-22T08:13:20-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-9","text":"=HYPERLINK(\"x\") prednisolone 5 mg","ts":"2026-11-22T08:14:20+01:00","type":"medication","v":1},
        {"at":"2026-11-22T08:20:00-05:00","by":{"name":"Maria Santos","role":"patient"},"celsius":38.1,"id":"en-16","newType":"temperature","reason":"typed in °F","target":"en-1","ts":"2026-11-22T08:21:00+01:00","type":"correction","typed":"38.1","v":1},
        {"at":"2026-11-22T08:21:40-05:00","by":{"name":"Maria Santos","role":"patient"},"id":"en-17","reason":"twice","target":"en-2","ts":"2026-11-22T08:22:40+01:00","type":"correction","v":1}
      ],
      "entryChain": [
        "c1b4ae8cb09f222bb17ed72849d3ee1902d9e031e62e22e4f94c26565210e392",
        "742c273c10a06afa9f85c7c08787460b6b2ed02b3607b0c85b30c569c4521c2d",
        "b9a885f38341f561e489bdd109e54c34d363c740666fdc00cb6a0a74eca5c467",
        "cb5766cdf2d7852f558f55a9460e8ebda6553830fc17f719befa24884982d045",
        "c65d17562bf8e5648897928ad1167141e5b489c254a319804f7a50076708482c",
        "0210ade98298548bb84573bb464997462cab3a3aff8e2e56fe34fc5656de59eb",
        "f6e6441f4980767119a3df56a5371cd64d172d18ff07e8ee05ac0e49274151e6",
        "1ce9f866c9c5ad1d6444cc9f1732ae6df25d81886e524d03df95e6722dff2cc4",
        "f7cbc051b8bac69b0c80548272fb92eaa54c21e83a6aae5e7581cefc89df6878",
        "fd0cf68df078282390899ab02365a78c5d5d577157fe3fac4619910e2740c12e",
        "52a04f9528034536c05634a245f10324ee37981efcf21f5c9b0737c77d718650",
        "14e27c090f97557fcbe1077782c018b5a8d9194434d7dd49ef9db33cfedebe66",
        "cf2c3298d872fcd565ad8af7a52377e2a038b2c346b1b0be474a5137be0d7de8",
        "a6d0760c7ef805fd01d2ce853e38b9307f9415d571800150e32351dcd97d6a25",
        "f28e5dab42d1d70f4a01e0ea1ecb6b6c6aa8b003c4858f558370c37ba3ba6c9f",
        "c0804776b0355c58811d18065a1f3b88af00c7953ef6fdb38820db54ec9d6147",
        "47a3f2eb24f02f6c93c7c12275d5cb58081e7afa0f32f2af8b80c6503590e760",
        "bd8bbc3b66346a0daf9c905aef38adab240a6f5af302223ff17d23df7b25b6c1",
        "3aab4e76736142071247d7c996b4203179ec03bef54264ef788bc1926bad77b4"
      ],
      "eventChain": [
        "ad2aa75d11c8422d49c14dd53a6cd5cd6dfc1ec9c2e46b8d204b985aa14d1d9b",
        "fd5579d012dce27e32d73ca3bbeb4d32e059a5be9f21e2cf833712cfcad23829",
        "1b538a447e06b232221ba48b130faec78bf6707d7f72a667506092198236f1cf",
        "69ce51d3726436e0dc39d1f05b048e3266bf379f219b673eff56f924da5fe5fa",
        "c161ae07b199ca7b9ae77fd1f2040758e35e2cef803e4cc04c814cf62026fd8d"
      ],
      "events": [
        {"by":{"name":"Ana \"Ani\" Weber","role":"nurse"},"id":"ev-1","patient":"Maria Santos","protocol":"cd19-sle","teamPhone":"+49 30 450 / 1234","ts":"2026-10-23T09:00:00+01:00","type":"created","unit":"F","v":1},
        {"by":{"name":"Ana \"Ani\" Weber","role":"nurse"},"date":"2026-11-20","id":"ev-2","phase":"infusion","ts":"2026-10-24T10:00:00+01:00","type":"planned","v":1},
        {"by":{"name":"Ana \"Ani\" Weber","role":"nurse"},"id":"ev-3","note":"cells collected","on":"2026-11-20","phase":"leukapheresis","ts":"2026-11-20T10:00:00+01:00","type":"phase-entered","v":1},
        {"by":{"name":"Ana \"Ani\" Weber","role":"nurse"},"id":"ev-4","milestone":"consent-signed","on":"2026-10-24","ts":"2026-11-21T13:53:20+01:00","type":"milestone-signed","v":1},
        {"by":{"name":"Ana \"Ani\" Weber","role":"nurse"},"id":"ev-5","teamPhone":"+49 30 450 5678","ts":"2026-11-22T00:16:40+01:00","type":"settings","unit":"C","v":1}
      ],
      "format": "carejourney-journey",
      "protocol": "# a \"protocol\"\n\tx = 1\n",
      "protocolSha256": "061026a494fc5f0b481be5526be8dfd6e1b3c1a276af76c10cc01137cdd95aba",
      "version": 2
    }

    """##

  // Temperatures in the summary column carry two decimals where the reading had them (38.25 °C)
  // since the alerts issue. Issue 18 added the columns systolic, diastolic, lab,
  // reference_range, flag and patient, one row per lab value, and numbers without float noise
  // (pga 0.30000000000000004 is 0.3).
  // Since issue 18 with the typed_value and typed_unit columns after the others.
  static let csvLength = 3380
  static let csvDigest = "9331a6087cc761e3da5e7dfa19292fec684e7cd3de9df79cd5a9c51b3e864c96"
}
