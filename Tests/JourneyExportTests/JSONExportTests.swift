import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

@Suite struct JSONExportTests {
  static func document(_ input: ExportInput = DemoInput.input()) throws -> [String: Any] {
    let text = try ExportFormat.json.render(input)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// Every event and entry as its line holds it (less the chain's `prev`), the protocol's text,
  /// the format's name and version, and nothing else.
  @Test func holdsTheWholeJourneyAsStored() throws {
    let demo = DemoInput.demo
    let document = try Self.document()
    #expect(
      Set(document.keys) == [
        "entries", "entryChain", "eventChain", "events", "format", "protocol", "protocolSha256",
        "version",
      ])
    #expect(document["format"] as? String == "carejourney-journey")
    #expect(document["version"] as? Int == 2)
    #expect(document["protocolSha256"] as? String == SHA256.hex(DemoInput.protocolText))
    #expect(document["protocol"] as? String == DemoInput.protocolText)

    func lines(_ key: String) throws -> [NSDictionary] {
      try #require(document[key] as? [[String: Any]]).map { NSDictionary(dictionary: $0) }
    }
    func stored(_ line: String) throws -> NSDictionary {
      NSDictionary(
        dictionary: try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]))
    }
    #expect(try lines("events") == demo.events.map { try stored(LineCodec.encode($0)) })
    let entries = JSONExport.inFileOrder(demo.entries)
    #expect(try lines("entries") == entries.map { try stored(LineCodec.encode($0)) })
    #expect(entries.count == demo.entries.count)
  }

  /// The same data gives the same bytes: keys sorted, one object a line, entries by day
  /// whatever order the days were read in, and no clock.
  @Test func theSameJourneyGivesTheSameBytes() throws {
    let input = DemoInput.input()
    let text = try ExportFormat.json.render(input)
    var later = input
    later.now = Timestamp(date: DemoInput.date("2027-01-01"), secondOfDay: 0, utcOffset: -18000)
    later.entries = Dictionary(grouping: input.entries) { $0.observedAt.date }
      .sorted { $0.key > $1.key }.flatMap(\.value)
    #expect(later.entries != input.entries)
    #expect(try ExportFormat.json.render(later) == text)

    let first = try #require(DemoInput.demo.events.first)
    #expect(text.hasPrefix("{\n  \"entries\": [\n    {\"at\":"))
    #expect(text.contains("\n  \"events\": [\n    " + LineCodec.encode(first) + ",\n"))
    #expect(text.hasSuffix("\n  \"version\": 2\n}\n"))
  }

  /// A backup reads back to the very events and entries, and writes the same bytes again.
  @Test func readsBackToTheSameJourney() throws {
    let hostile = DemoInput.entry(
      "h1", on: DemoInput.date("2026-11-21"),
      .note(text: "evil\u{202E}txt.exe \u{1B}[2J \u{85} \"quoted\" \\ back / slash 中 🙂"))
    let input = DemoInput.input(entries: [hostile])
    let text = try ExportFormat.json.render(input)
    #expect(!text.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{1B}" || $0 == "\u{85}" })
    #expect(text.contains("\\u202E") && text.contains("\\u001b") && text.contains("\\u0085"))

    let backup = try JSONImport.read(Data(text.utf8))
    #expect(backup.events == DemoInput.demo.events)
    #expect(backup.entries == JSONExport.inFileOrder(input.entries))
    #expect(backup.protocolText == DemoInput.protocolText)
    #expect(backup.journey == input.journey)
    var again = input
    again.entries = backup.entries
    #expect(try ExportFormat.json.render(again) == text)
  }

  @Test func aJourneyWithoutAProtocolCopySaysNull() throws {
    var input = DemoInput.input()
    input.protocolText = nil
    #expect(try Self.document(input)["protocol"] is NSNull)
    #expect(try JSONImport.read(Data(try ExportFormat.json.render(input).utf8)).protocolText == nil)
  }

  /// A part of a journey would import as another journey: a range is refused, as is a journey
  /// with no start.
  @Test(arguments: [(true, false), (false, true), (true, true)])
  func aBackupIsWholeOrNothing(from: Bool, to: Bool) {
    let day = DemoInput.date("2026-11-01")
    let input = DemoInput.input(from: from ? day : nil, to: to ? day : nil)
    #expect(throws: JSONExport.Refusal.self) { try ExportFormat.json.render(input) }
  }

  @Test func aJourneyWithNoStartIsNotBackedUp() {
    var input = DemoInput.input()
    input.journey = Journey()
    #expect(throws: JSONExport.Refusal.self) { try ExportFormat.json.render(input) }
  }
}

/// Every way a file can fail to be a whole, readable journey is refused before anything is
/// written, with the first thing wrong.
@Suite struct JSONImportRefusalTests {
  typealias Change = @Sendable (inout [String: Any]) -> Void

  /// Sets (or, with nil, removes) one field of one object of the `list` ("events", "entries").
  static func set(_ list: String, _ index: Int, _ key: String, _ value: (any Sendable)?) -> Change {
    { document in
      var objects = document[list] as? [[String: Any]] ?? []
      objects[index][key] = value
      document[list] = objects
    }
  }

  static let cases: [(String, Change)] = [
    ("it is not a CareJourney backup: its \"format\"", { $0["format"] = "something-else" }),
    ("it is not a CareJourney backup: its \"format\"", { $0["format"] = nil }),
    ("it has no format \"version\"", { $0["version"] = nil }),
    ("backup format 3 by a newer CareJourney", { $0["version"] = 3 }),
    ("it has no \"events\" or no \"entries\" list", { $0["entries"] = nil }),
    ("event 2 cannot be read: no id", set("events", 1, "id", nil)),
    (
      "entry 3 cannot be read: field celsius has the wrong type",
      set("entries", 2, "celsius", "hot")
    ),
    (
      "entry 1 cannot be read: field ts: not a timestamp with a UTC offset",
      set("entries", 0, "ts", "2026-05-23T08:00:00")
    ),
    (
      "entry 5 cannot be read: written in format 9 by a newer CareJourney",
      set("entries", 4, "v", 9)
    ),
    ("entry 2 uses the id demo-00001, as event 1 does", set("entries", 1, "id", "demo-00001")),
    (
      "entry 4 cannot be read: not a JSON object",
      { d in
        var entries = d["entries"] as? [Any] ?? []
        entries[3] = 42
        d["entries"] = entries
      }
    ),
    (
      "its events do not start with the journey's start",
      { d in
        let events = d["events"] as? [Any] ?? []
        d["events"] = Array(events.dropFirst(3) + events.prefix(3))
      }
    ),
    (
      "its journey breaks the journey's rules: event demo-00004 (phase-entered): screening "
        + "cannot go to completed",
      // demo-00004 enters leukapheresis, the journey's first move.
      { d in
        let events = d["events"] as? [[String: Any]] ?? []
        let index = events.firstIndex { $0["id"] as? String == "demo-00004" } ?? 0
        set("events", index, "phase", "completed")(&d)
      }
    ),
    ("its protocol does not read", { $0["protocol"] = "id = [" }),
    (
      "its protocol no-such-protocol is not built into",
      { d in
        set("events", 0, "protocol", "no-such-protocol")(&d)
        d["protocol"] = NSNull()
      }
    ),
  ]

  @Test(arguments: cases.indices)
  func aDamagedBackupIsRefused(index: Int) throws {
    let (expected, change) = Self.cases[index]
    let text = try ExportFormat.json.render(DemoInput.input())
    var document = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    change(&document)
    let data = try JSONSerialization.data(withJSONObject: document)
    let error = try #require(throws: JSONImport.Refusal.self) { try JSONImport.read(data) }
    #expect(error.description.contains(expected), "\(error)")
  }

  @Test(arguments: [
    "", "not json", "[1,2]", "{\"format\": \"carejourney-journey\", \"version\": 1",
  ])
  func aFileThatIsNotJSONIsRefused(text: String) throws {
    let error = try #require(throws: JSONImport.Refusal.self) {
      try JSONImport.read(Data(text.utf8))
    }
    #expect(error.description.hasPrefix("it is not a CareJourney backup"))
  }
}
