import Foundation
import PropertyBased
import Testing

@testable import JourneyCore

/// The one escaping rule for plain text, and the one length rule.
@Suite struct SafeTextTests {
  @Test(arguments: [
    ("\u{1B}]0;pwned\u{7}", "^[]0;pwned^G"), ("\u{1B}[2J", "^[[2J"), ("a\tb\r\nc", "a^Ib^M^Jc"),
    ("\u{0}", "^@"), ("\u{1F}", "^_"), ("del\u{7F}", "del^?"), ("\u{85}next", "<U+0085>next"),
    ("\u{9B}31m", "<U+009B>31m"), ("evil\u{202E}fdp.exe", "evil<U+202E>fdp.exe"),
    ("\u{202A}\u{202B}\u{202C}\u{202D}", "<U+202A><U+202B><U+202C><U+202D>"),
    ("\u{2066}x\u{2067}\u{2068}\u{2069}", "<U+2066>x<U+2067><U+2068><U+2069>"),
    ("\u{200E}\u{200F}\u{061C}", "<U+200E><U+200F><U+061C>"),
    ("a\u{2028}b\u{2029}", "a<U+2028>b<U+2029>"),
    ("\u{FEFF}bom", "<U+FEFF>bom"),
  ])
  func hostileCharactersAreShown(text: String, shown: String) {
    #expect(SafeText.visible(text) == shown)
  }

  @Test(arguments: [
    "plain text", "Maria Ñoño", "中文 🙂", "👩‍👩‍👧", "e\u{301}", "فارسی\u{200C}ها", "38,2 °C", "",
  ])
  func ordinaryTextIsUnchanged(text: String) {
    #expect(SafeText.visible(text) == text)
  }

  /// Whatever comes in, nothing that could drive a terminal comes out, and escaping twice
  /// changes nothing more.
  @Test func noHostileScalarSurvives() async {
    await propertyCheck(count: 300, input: Fuzz.string(length: 0...40)) { text in
      let shown = SafeText.visible(text)
      #expect(!shown.unicodeScalars.contains { SafeText.stand(in: $0) != nil })
      #expect(SafeText.visible(shown) == shown)
    }
  }

  /// JSON stays JSON: JSONEncoder already escapes C0 controls; ``SafeText/jsonEscaped(_:)``
  /// escapes the rest, and the document decodes to the very same strings.
  @Test func jsonKeepsItsValueAndLosesItsControls() async throws {
    let hostile = "\u{1B}]0;x\u{7}\u{1B}[2J\n\u{7F}\u{85}\u{9B}\u{202E}\u{2066}\u{FEFF}中"
    let encoded = String(decoding: try JSONEncoder().encode([hostile]), as: UTF8.self)
    #expect(!encoded.unicodeScalars.contains { $0.value < 0x20 })  // JSONEncoder's part
    let escaped = SafeText.jsonEscaped(encoded)
    #expect(!escaped.unicodeScalars.contains { SafeText.stand(in: $0) != nil })
    #expect(escaped.contains("\\u202E") && escaped.contains("\\u009B"))
    #expect(try JSONDecoder().decode([String].self, from: Data(escaped.utf8)) == [hostile])

    await propertyCheck(count: 200, input: Fuzz.string(length: 0...30)) { text in
      let json = SafeText.jsonEscaped(
        String(decoding: try JSONEncoder().encode(["k": text]), as: UTF8.self))
      #expect(!json.unicodeScalars.contains { SafeText.stand(in: $0) != nil })
      #expect(try JSONDecoder().decode([String: String].self, from: Data(json.utf8)) == ["k": text])
    }
  }

  /// The bytes tell whether there is anything to escape exactly as the characters do, for
  /// every character of the first plane and of the others' starts, alone and among others.
  @Test func theBytesFindWhatTheCharactersDo() {
    let scalars =
      (0...0xFFFF).compactMap(Unicode.Scalar.init)
      + (1...16).flatMap { plane in (0...0xFF).compactMap { Unicode.Scalar(plane << 16 | $0) } }
    for scalar in scalars {
      let escaped = scalar.value >= 0x7F && SafeText.stand(in: scalar) != nil
      for text in [String(scalar), "a" + String(scalar), String(scalar) + "é"] {
        var bytes = text
        #expect(bytes.withUTF8(SafeText.holdsJSONEscapes) == escaped, "U+\(scalar.value)")
      }
    }
  }

  /// Long ASCII text is looked at eight bytes at a time: a character to escape is found at
  /// every place in it, DEL (the one ASCII byte escaped) included, and plain text holds none.
  @Test(arguments: ["\u{7F}", "\u{85}", "\u{202E}", "\u{FEFF}", "\u{061C}"])
  func theBytesAreFoundAtEveryPlaceInLongText(_ character: String) {
    let plain = String(repeating: "abcdefgh0123456789~ ", count: 3)
    var text = plain
    let plainHolds = text.withUTF8(SafeText.holdsJSONEscapes)
    #expect(!plainHolds)
    for place in 0...plain.utf8.count {
      var mixed = String(plain.prefix(place)) + character + String(plain.dropFirst(place))
      let holds = mixed.withUTF8(SafeText.holdsJSONEscapes)
      #expect(holds, "at \(place)")
    }
  }

  @Test func theLimitIsNamedAndCountsScalars() {
    #expect(throws: Never.self) {
      try TextLimits.check(String(repeating: "a", count: 2_000), limit: 2_000, what: "--note")
    }
    #expect(throws: TextLimits.TooLong(what: "--note", length: 2_001, limit: 2_000)) {
      try TextLimits.check(String(repeating: "a", count: 2_001), limit: 2_000, what: "--note")
    }
    // One grapheme of a thousand combining marks is a thousand and one scalars.
    let zalgo = "a" + String(repeating: "\u{301}", count: 1_000)
    #expect(zalgo.count == 1)
    #expect(throws: TextLimits.TooLong.self) {
      try TextLimits.check(zalgo, limit: TextLimits.name, what: "--name")
    }
    #expect(
      TextLimits.TooLong(what: "--note", length: 2_001, limit: 2_000).description.contains("2000"))
  }
}
