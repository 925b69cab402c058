import Foundation
import PropertyBased
import Testing

@testable import JourneyCore

/// The quick line reader gives, for every line it reads, exactly the record `JSONDecoder`
/// gives, and leaves every other line to `JSONDecoder`.
@Suite struct LineCodecQuickTests {
  /// The record `JSONDecoder` reads, as `JSONEncoder` writes it, or nil when it refuses the line.
  static func slow(_ line: String) -> String? {
    (try? JSONDecoder().decode(LineCodec.Record.self, from: Data(line.utf8)))
      .map(LineCodec.encodedLine)
  }

  /// The record the quick reader reads, as `JSONEncoder` writes it.
  static func quick(_ line: String) -> String? {
    LineCodec.quickRecord(line).map(LineCodec.encodedLine)
  }

  static let base =
    #""id":"a1","ts":"2026-11-22T08:15:00+01:00","by":{"role":"patient","name":"Maria"}"#

  @Test(arguments: [
    // What CareJourney writes.
    #"{"v":1,\#(base),"type":"temperature","celsius":38.4,"typed":"38,4","at":"2026-11-22T07:30:00+01:00"}"#,
    #"{"v":1,\#(base),"type":"symptom","symptom":"chills","severity":2,"prev":"00ab"}"#,
    #"{"v":1,\#(base),"type":"blood-pressure","systolic":118,"diastolic":76}"#,
    #"{"v":1,\#(base),"type":"medication-change","medicine":"prednisone","dose":"5 mg","change":"dose","changeReason":"taper"}"#,
    #"{"v":1,\#(base),"type":"phase-entered","phase":"hospital-stay","on":"2026-11-22","reason":"fever"}"#,
    #"{"v":1,\#(base),"type":"created","patient":"Jane","protocol":"cd19-sle","unit":"F"}"#,
    #"{"v":2,\#(base),"type":"settings","born":"1984-03-02","sex":"female"}"#,
    #"{"v":2,\#(base),"type":"created","patient":"J","protocol":"p","identifiers":[{"system":"urn:x:y","value":"1"}]}"#,
    #"{"v":1,\#(base),"type":"correction","target":"x","reason":"typo","newType":"weight","kg":61.5,"typed":"61,5kg"}"#,
    #"{"v":1,\#(base),"type":"assessment","sledai":["arthritis", "rash"],"immunosuppressants":[ ],"pga":0.5}"#,
    #"{"v":1,\#(base),"type":"home-neuro-check","writing":"usual","objects":3,"dateSaid":"right","countBack":"wrong","text":"The sun"}"#,
    #"{"v":1,\#(base),"type":"home-neuro-check","writing":"maybe","objects":3,"dateSaid":"right","countBack":"wrong"}"#,
    #"{"v":1,\#(base),"type":"home-neuro-check","writing":"usual","objects":2.0,"dateSaid":"right","countBack":"right"}"#,
    // Escapes, decoded as JSON says.
    #"{"v":1,\#(base),"type":"note","text":"say \"hi\"\\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \u0000"}"#,
    #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"name":"A \"B\"","role":"nurse","x":[1]},"type":"note","text":"x"}"#,
    // Keys and values written with escapes read as JSON says.
    #"{"\u0076":1,\#(base),"type":"note","text":"x"}"#,
    #"{"v":1,\#(base),"type":"note","text":"x","at":"2026-11-22T08:15:00\u002b01:00"}"#,
    #"{"v":1,\#(base),"type":"planned","phase":"infusion","date":"2026\u002d12-01"}"#,
    #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"\u006eame":"A","role":"nurse"},"type":"note","text":"x"}"#,
    #"{"v":1,\#(base),"type":"note","text":"x","at":"2026-11-22T08:15:00Z"}"#,
    #"{"v":1,\#(base),"type":"note","text":"x","at":"2026-11-22T08:15+01:00"}"#,
    // Integers at the edges of Int, and what is not one.
    #"{"v":1,\#(base),"type":"heart-rate","bpm":9223372036854775807}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":-9223372036854775808}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":9223372036854775808}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":-}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":00}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":7E1}"#,
    // null is absent; unknown keys are skipped; spaces around tokens.
    #" { "v" : 1 , \#(base) , "type" : "note" , "text" : "x" , "note" : null , "later" : true , "n" : -1.5e3 } "#,
    // Numbers: an integer for a Double, exponents, negative zero.
    #"{"v":1,\#(base),"type":"temperature","celsius":38}"#,
    #"{"v":1,\#(base),"type":"temperature","celsius":3.84E1}"#,
    #"{"v":1,\#(base),"type":"temperature","celsius":-0.0}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":-0}"#,
    // Left to JSONDecoder: arrays, objects, odd numbers, repeated keys, bad JSON and types.
    #"{"v":1,\#(base),"type":"labs","labs":[{"lab":"c3","value":0.9,"typedValue":0.9,"typedUnit":"g/L"}]}"#,
    #"{"v":1,\#(base),"type":"note","text":"x","extra":{"a":1}}"#,
    #"{"v":1,\#(base),"type":"assessment","sledai":["a",1]}"#,
    #"{"v":1,\#(base),"type":"assessment","sledai":["a",]}"#,
    #"{"v":1,\#(base),"type":"assessment","sledai":["a""b"]}"#,
    #"{"v":1,\#(base),"type":"assessment","sledai":[null]}"#,
    #"{"v":1,\#(base),"type":"assessment","sledai":["a"}"#,
    #"{"v":1,\#(base),"type":"assessment","sledai":{"a":1}}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":78.0}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":1e2}"#,
    #"{"v":1,\#(base),"type":"heart-rate","bpm":99999999999999999999}"#,
    #"{"v":1,\#(base),"type":"temperature","celsius":1e400}"#,
    #"{"v":1,\#(base),"type":"temperature","celsius":01}"#,
    #"{"v":1,\#(base),"type":"note","text":"x","text":"y"}"#,
    #"{"v":1,\#(base),"type":"note","text":"x","z":1,"z":2}"#,
    #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"patient","role":"nurse","name":"A"},"type":"note","text":"x"}"#,
    #"{"v":1,\#(base),"type":"note","text":"\ud83d"}"#,
    #"{"v":1,\#(base),"type":"note","text":"\x"}"#,
    #"{"v":1,\#(base),"type":"note","text":"tab\#tinside"}"#,
    #"{"v":1,\#(base),"type":"note","text":"x"} trailing"#,
    #"{"v":1,\#(base),"type":"note","text":"x",}"#,
    #"{"v":"1",\#(base),"type":"note","text":"x"}"#,
    #"{"v":1,"id":"a","ts":"2026-11-22 08:15","by":{"role":"patient","name":"A"},"type":"note","text":"x"}"#,
    #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"cat","name":"A"},"type":"note","text":"x"}"#,
    #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"patient"},"type":"note","text":"x"}"#,
    #"{"v":1,\#(base),"type":"phase-entered","phase":"moon","on":"2026-11-22"}"#,
    #"{"v":1,\#(base),"type":"planned","phase":"infusion","date":"2026-02-30"}"#,
    #"[1]"#, "", "{", "{}", "null",
  ])
  func quickReadsWhatJSONDecoderReadsOrLeavesIt(line: String) {
    if let quick = Self.quick(line) {
      #expect(quick == Self.slow(line), "\(line)")
    }
  }

  /// The lines CareJourney writes most are all read the quick way.
  @Test(arguments: [
    Entry.Body.temperature(celsius: 38.4, asTyped: "38,4"), .heartRate(bpm: 72),
    .bloodPressure(systolic: 118, diastolic: 76), .oxygenSaturation(percent: 97),
    .weight(kilograms: 61.5, asTyped: "135lb"), .symptom(name: "chills", severity: 2),
    .medication(text: "prednisone 5 mg"), .note(text: "\"quoted\", 中文, \u{1B}[31m, \n"),
    .medicationChange(name: "prednisone", dose: "5 mg/day", change: .dose, reason: "taper"),
    .correction(target: "x", reason: "typo", replacement: .temperature(celsius: 37, asTyped: "37")),
    .correction(target: "x", reason: "twice", replacement: nil),
    .assessment(
      sledai: ["arthritis"], physicianGlobal: 0.5, prednisoloneMg: 5, immunosuppressants: []),
    .homeNeuroCheck(
      HomeNeuroCheck(writing: .usual, objectsNamed: 3, date: .right, countBack: .right)),
    .homeNeuroCheck(
      HomeNeuroCheck(
        writing: .changed, sentence: "The sun is warm tday", objectsNamed: 0, date: .wrong,
        countBack: .wrong, note: "slower, \"not herself\"")),
    .correction(
      target: "x", reason: "wrong box",
      replacement: .homeNeuroCheck(
        HomeNeuroCheck(writing: .usual, objectsNamed: 2, date: .right, countBack: .wrong))),
  ])
  func writtenEntriesAreReadQuickly(body: Entry.Body) throws {
    let stamp = Timestamp(
      date: LocalDate(year: 2026, month: 11, day: 22)!, secondOfDay: 3_600, utcOffset: -18_000)
    let entry = Entry(
      id: "e1", recordedAt: stamp, observedAt: stamp, author: Author(role: .caregiver, name: "Tom"),
      body: body)
    let line = LineCodec.encode(entry, prev: LineCodec.genesisHash)
    let quick = try #require(Self.quick(line), "not read quickly: \(line)")
    #expect(quick == Self.slow(line))
    #expect(try LineCodec.decodeEntry(line) == entry)
  }

  @Test(arguments: [
    JourneyEvent.Body.created(
      patient: "Jane", protocolID: "cd19-sle", teamPhone: "+49 1", temperatureUnit: .fahrenheit),
    .planned(phase: .infusion, date: LocalDate(year: 2026, month: 12, day: 1)!),
    .phaseEntered(
      phase: .hospitalStay, on: LocalDate(year: 2026, month: 12, day: 2)!, reason: "fever",
      note: "n"),
    .milestoneSigned(
      milestone: "consent-signed", on: LocalDate(year: 2026, month: 11, day: 2)!, note: nil),
    .settings(teamPhone: nil, temperatureUnit: .celsius),
    .settings(teamPhone: "+49 1", temperatureUnit: nil, emergencyNumber: "112"),
    .settings(
      teamPhone: nil, temperatureUnit: nil,
      details: PatientDetails(born: LocalDate(year: 1984, month: 3, day: 2)!, sex: .female)),
    .milestoneSigned(
      milestone: "cns-anticonvulsant-prophylaxis", on: LocalDate(year: 2026, month: 11, day: 2)!,
      note: "no CNS involvement", notApplicable: true),
    .corrected(target: "x", reason: "moved", on: LocalDate(year: 2026, month: 11, day: 3)!),
  ])
  func writtenEventsAreReadQuickly(body: JourneyEvent.Body) throws {
    let stamp = Timestamp(
      date: LocalDate(year: 2026, month: 11, day: 22)!, secondOfDay: 86_399, utcOffset: 3_600)
    let event = JourneyEvent(
      id: "v1", recordedAt: stamp, author: Author(role: .nurse, name: "Ana"), body: body)
    let line = LineCodec.encode(event)
    let quick = try #require(Self.quick(line), "not read quickly: \(line)")
    #expect(quick == Self.slow(line))
    #expect(try LineCodec.decodeEvent(line) == event)
  }

  /// Strings are scanned eight bytes at a time: an escape, a control character or the closing
  /// quote at any place in a word, and text of every length around eight, read as JSON says.
  @Test(arguments: [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#, "\t", "\u{1F}", "\u{7F}", "é", "😀", "a"])
  func everyPlaceInAWordOfAString(special: String) throws {
    for length in 0...19 {
      for place in 0...length {
        let text =
          String(repeating: "x", count: place) + special
          + String(repeating: "y", count: length - place)
        let line = #"{"v":1,\#(Self.base),"type":"note","text":"\#(text)"}"#
        let slow = Self.slow(line)
        let quick = Self.quick(line)
        #expect(quick == slow, "\(line)")
        // Raw control characters are not JSON; everything else is read the quick way.
        #expect((quick == nil) == ["\t", "\u{1F}"].contains(special), "\(line)")
      }
    }
  }

  /// Reading a line for what it holds skips building its `prev` but still checks it: every
  /// line is read or refused, with the same reason, as when its `prev` is kept for `verify`.
  @Test(arguments: [
    #""prev":"00ab""#, #""prev":null"#, #""prev":"\u0030a""#, #""prev":12"#, #""prev":"\x""#,
    #""prev":"a\#tb""#, #""prev":["a"]"#, #""prev":"a","prev":"b""#,
  ])
  func prevIsCheckedWhenItIsNotKept(prev: String) {
    let line = #"{"v":1,\#(Self.base),"type":"note","text":"x",\#(prev)}"#
    let kept = LineCodec.readEntry(line).value
    let skipped = Result { () throws(LineCodec.DecodingError) in try LineCodec.decodeEntry(line) }
    #expect(kept == skipped, "\(line)")
  }

  /// Nearly valid lines, cut and spliced: whatever the quick reader reads, JSONDecoder reads the
  /// same way.
  @Test func randomLinesAreReadAlikeOrLeftToJSONDecoder() async {
    let pieces = Fuzz.joined([
      [" ", "", "{"], [#""v":1,"#, #""v":1.0,"#, #""v":null,"#, ""],
      [#""id":"a","#, #""id":"\u0061","#, #""id":1,"#, ""],
      [#""ts":"2026-11-22T08:15:00+01:00","#, #""ts":"2026-11-22T24:15:00+01:00","#, ""],
      [
        #""by":{"role":"nurse","name":"A"},"#, #""by":{"name":"\"","role":"patient"},"#,
        #""by":{},"#, "",
      ],
      [
        #""type":"temperature","celsius":38.5"#, #""type":"heart-rate","bpm":7e1"#,
        #""type":"note","text":"a\nb""#, #""type":"symptom","symptom":"x","severity":-1"#, "",
      ],
      [",", "", #","celsius":"hot""#, #","celsius":-"#, #","at":"2026-11-22T08:15:00Z""#],
      ["", #","prev":"ab""#, #","prev":1"#, #","prev":"\u00""#, #","prev":null"#],
      ["}", "", "}}", "} x", "\t}"],
    ])
    await propertyCheck(count: 400, input: pieces) { line in
      if let quick = Self.quick(line) {
        #expect(quick == Self.slow(line), "\(line)")
      }
      let skipped = Result { () throws(LineCodec.DecodingError) in try LineCodec.decodeEntry(line) }
      #expect(LineCodec.readEntry(line).value == skipped, "\(line)")
    }
    await propertyCheck(count: 200, input: Fuzz.string(length: 0...40)) { text in
      let line = #"{"v":1,\#(Self.base),"type":"note","text":"\#(text)"}"#
      if let quick = Self.quick(line) {
        #expect(quick == Self.slow(line), "\(line)")
      }
    }
  }
}
