import Testing

@testable import JourneyCore

/// `CareProtocol.reading(toml:fileName:)` gives what reading the text gives, for every text and
/// name, however often and in whatever order they come; a broken text is refused every time.
@Suite struct ReadProtocolsTests {
  static let shipped = CareProtocol.builtInText(named: "cd19-sle") ?? ""

  /// The shipped text with another name: another protocol.
  static let renamed = shipped.replacingOccurrences(
    of: "\nname = \"CD19 CAR-T for SLE", with: "\nname = \"A centre's CD19 CAR-T for SLE")

  /// The shipped text with one key misspelled.
  static let broken = shipped.replacingOccurrences(
    of: "\nname = \"CD19 CAR-T for SLE", with: "\nnmae = \"CD19 CAR-T for SLE")

  @Test func eachTextGivesItsOwnProtocolEveryTime() throws {
    #expect(Self.renamed != Self.shipped && Self.broken != Self.shipped)
    let shipped = try CareProtocol(toml: Self.shipped, fileName: "protocol.toml")
    let renamed = try CareProtocol(toml: Self.renamed, fileName: "protocol.toml")
    #expect(shipped != renamed)
    // More texts than are kept, twice over, so some are read again after being forgotten.
    let others = (0...ReadProtocols.limit).map {
      Self.shipped.replacingOccurrences(
        of: "\nname = \"CD19 CAR-T for SLE", with: "\nname = \"Centre \($0): CD19 CAR-T for SLE")
    }
    for _ in 0..<2 {
      #expect(try CareProtocol.reading(toml: Self.shipped, fileName: "protocol.toml") == shipped)
      #expect(try CareProtocol.reading(toml: Self.renamed, fileName: "protocol.toml") == renamed)
      // Another folder's file with the same text: the same protocol.
      #expect(
        try CareProtocol.reading(toml: Self.shipped, fileName: "/data/protocol.toml") == shipped)
      for (index, text) in others.enumerated() {
        let care = try CareProtocol.reading(toml: text, fileName: "protocol.toml")
        #expect(care.name == "Centre \(index): " + shipped.name)
      }
    }
  }

  @Test func aBrokenTextIsRefusedEveryTimeNamingItsFile() throws {
    let refusal = #expect(throws: TOMLFileError.self) {
      try CareProtocol(toml: Self.broken, fileName: "protocol.toml")
    }
    for name in ["protocol.toml", "/data/protocol.toml", "protocol.toml"] {
      let again = #expect(throws: TOMLFileError.self) {
        try CareProtocol.reading(toml: Self.broken, fileName: name)
      }
      #expect(again?.file == name)
      #expect(again?.reason == refusal?.reason)
    }
  }

  /// A text read ahead is read once: asking for it while it is underway waits for that reading
  /// and gives what reading it gives.
  @Test func aTextReadAheadIsReadOnce() throws {
    let protocols = ReadProtocols()
    protocols.readAhead(toml: Self.renamed)
    protocols.readAhead(toml: Self.renamed)
    let care = try protocols.care(toml: Self.renamed, fileName: "protocol.toml")
    #expect(care == (try CareProtocol(toml: Self.renamed, fileName: "protocol.toml")))
    #expect(try protocols.care(toml: Self.renamed, fileName: "/data/protocol.toml") == care)
    #expect(protocols.reads == 1)
    // Another text is its own.
    #expect(try protocols.care(toml: Self.shipped, fileName: "protocol.toml") != care)
    #expect(protocols.reads == 2)
  }

  /// A broken text read ahead in another language is refused to whoever asks for it as if it
  /// had not been read ahead: naming their file, in their language.
  @Test(arguments: [Language.english, .spanish])
  func aBrokenTextReadAheadIsRefusedInTheAskersWords(language: Language) throws {
    let protocols = ReadProtocols()
    Language.$current.withValue(language == .english ? .german : .english) {
      protocols.readAhead(toml: Self.broken)
    }
    let (refusal, asked) = Language.$current.withValue(language) {
      (
        #expect(throws: TOMLFileError.self) {
          try CareProtocol(toml: Self.broken, fileName: "protocol.toml")
        },
        #expect(throws: TOMLFileError.self) {
          try protocols.care(toml: Self.broken, fileName: "/data/protocol.toml")
        }
      )
    }
    #expect(asked?.file == "/data/protocol.toml")
    #expect(asked?.reason == refusal?.reason)
    #expect(try #require(refusal).reason.contains("nmae"))
    #expect(protocols.reads == 2)
  }
}
