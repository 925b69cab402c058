import Foundation
import PropertyBased
import Testing

@testable import JourneyCore

/// A backup's top level read the quick way gives, object by object, what `JSONDecoder` gives,
/// and every document it does not read as CareJourney writes it is left to `JSONDecoder`.
@Suite struct QuickDocumentTests {
  /// The document as `JSONImport` decodes it.
  struct Document: Decodable {
    var format: String?
    var version: Int?
    var `protocol`: String?
    var events: [LineCodec.Embedded]?
    var entries: [LineCodec.Embedded]?
  }

  /// Both readings, or nil for one that refuses the document; the quick one is nil too when
  /// it leaves the document.
  static func read(_ text: String) -> (quick: String?, slow: String?) {
    read(Data(text.utf8))
  }

  static func read(_ data: Data) -> (quick: String?, slow: String?) {
    func shown(_ objects: [LineCodec.Embedded]?) -> String {
      objects.map { list in
        list.map { object in
          switch object.record {
          case .success(let record): LineCodec.encodedLine(record)
          case .failure(let error): "error: \(error.reason)"
          }
        }.joined(separator: "\n")
      } ?? "none"
    }
    let quick = LineCodec.quickDocument(data).map {
      [
        $0.format ?? "none", $0.version.map(String.init) ?? "none", $0.protocolText ?? "none",
        shown($0.events), shown($0.entries),
      ].joined(separator: "\n")
    }
    let slow = (try? JSONDecoder().decode(Document.self, from: data)).map {
      [
        $0.format ?? "none", $0.version.map(String.init) ?? "none", $0.protocol ?? "none",
        shown($0.events), shown($0.entries),
      ].joined(separator: "\n")
    }
    return (quick, slow)
  }

  static let by = #""by":{"name":"Ana","role":"nurse"}"#
  static let event =
    #"{\#(by),"id":"v1","patient":"Maria","protocol":"cd19-sle","ts":"2026-11-22T08:00:00+01:00","type":"created","v":1}"#
  static let note =
    #"{"at":"2026-11-22T08:00:00+01:00",\#(by),"id":"e1","text":"a \"b\" é","ts":"2026-11-22T08:00:00+01:00","type":"note","v":1}"#
  static let labs =
    #"{\#(by),"id":"e2","labs":[{"lab":"crp","typedUnit":"mg/L","typedValue":3,"value":3}],"ts":"2026-11-22T08:00:00+01:00","type":"labs","v":1}"#

  static func document(
    entries: String = "[\n    \(note),\n    \(labs)\n  ]", events: String = "[\n    \(event)\n  ]",
    rest: String = #""format": "carejourney-journey",\#n  "protocol": null,\#n  "version": 1"#
  ) -> String {
    "{\n  \"entries\": \(entries),\n  \"events\": \(events),\n  \(rest)\n}\n"
  }

  /// Backups as CareJourney writes them, and objects in them the quick reader leaves or that
  /// cannot be read: read the quick way, as JSONDecoder reads them.
  @Test(arguments: [
    document(),
    document(entries: "[]", events: "[]"),
    document(rest: ##""format": "carejourney-journey", "protocol": "# a\n\"b\"", "version": 1"##),
    document(
      entries: #"[{"v":1,"x":[[1,{"y":null}]],"id":"a"}, {}, "#
        + #"{"by":{"name":"A","role":"nurse","x":[1]}}]"#),
    document(events: "null", rest: #""version": 1"#),
  ])
  func backupsAreReadAsJSONDecoderReadsThem(text: String) throws {
    let (quick, slow) = Self.read(text)
    #expect(quick != nil, "left to JSONDecoder")
    #expect(quick == slow)
  }

  /// Anything else is left to JSONDecoder, which reads or refuses it as before.
  @Test(arguments: [
    document(rest: #""format": "carejourney-journey", "version": 1, "extra": 1"#),
    document(rest: #""format": "x", "format": "y", "version": 1"#),
    document(rest: #""format": "carejourney-journey", "version": 1.0"#),
    document(rest: #""format": 7, "version": 1"#),
    document(entries: "[1]"), document(entries: "[null]"), document(entries: #"["x"]"#),
    document(entries: #"{"a":1}"#), document(entries: #"[{"v":1,"x":[1,]}]"#),
    document(entries: #"[{"v":1,"x":"\q"}]"#),
    document(entries: #"[{"\u0076":1}]"#),
    // Objects that cannot be read: the reason is JSONDecoder's, in the document's terms.
    document(entries: #"[{"v":1,"celsius":"hot"}]"#), document(entries: #"[{"v":1.5}]"#),
    document(entries: #"[{"v":1,"ts":"2026-11-22 08:00"}]"#),
    document() + "x", "\u{FEFF}" + document(), "[]", "", "{",
  ])
  func otherDocumentsAreLeftToJSONDecoder(text: String) {
    #expect(Self.read(text).quick == nil)
  }

  @Test func textThatIsNotUTF8IsLeftToJSONDecoder() {
    var bytes = Array(Self.document().utf8)
    // The first byte of é.
    bytes[bytes.firstIndex(of: 0xC3) ?? 0] = 0xFF
    #expect(Self.read(Data(bytes)).quick == nil)
  }

  /// Documents cut and spliced at random: whatever the quick way reads, JSONDecoder reads the
  /// same way, and a document JSONDecoder refuses is never read the quick way.
  @Test func randomDocumentsAreReadAlikeOrLeftToJSONDecoder() async {
    let pieces = Fuzz.joined([
      ["{", " {", "[", ""],
      [
        #""entries": [], "#, #""entries": [\#(Self.note)], "#,
        #""entries": [\#(Self.labs),\#(Self.note)],"#, "",
      ],
      [#""events": [\#(Self.event)],"#, #""events": null,"#, #""events": [{"v":"1"}],"#, ""],
      [
        #""format": "carejourney-journey","#, #""format": 1,"#, #""format": "carejourney-journey""#,
      ],
      [#""protocol": "p\u00e9","#, #""protocol": null,"#, ""],
      [#""version": 1"#, #""version": -0"#, #""version": 1e0"#, #""version": 1,"#],
      ["}", "}\n", "} x", "", "}}"],
    ])
    await propertyCheck(count: 400, input: pieces) { text in
      let (quick, slow) = Self.read(text)
      if let quick { #expect(quick == slow, "\(text)") }
      if slow == nil { #expect(quick == nil, "\(text)") }
    }
  }
}
