import Foundation
import PropertyBased
import Testing

@testable import JourneyCore

@Suite struct SymptomLookupTests {
  let cd19: CareProtocol

  init() throws {
    cd19 = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
  }

  /// What a tired patient types after `--symptom`, and the symptom it must mean.
  @Test(arguments: [
    ("chills", "chills"),
    ("shivers", "chills"),
    ("SHIVERS", "chills"),
    ("shaking chills", "chills"),
    ("Shortness of breath", "shortness-of-breath"),
    ("shortness_of_breath", "shortness-of-breath"),
    ("breathless", "shortness-of-breath"),
    ("  dizzy ", "dizziness"),
    ("light headed", "dizziness"),
    ("word finding", "word-finding"),
    ("Raynaud's", "raynaud"),
    ("fit", "seizure"),
    ("diarrhea", "diarrhoea"),
  ])
  func typedNameFindsSymptom(typed: String, id: String) {
    #expect(cd19.symptom(named: typed)?.id == id)
  }

  @Test(arguments: ["fever", "chils", "", "shortness", "-"])
  func unknownNameFindsNothing(_ typed: String) {
    #expect(cd19.symptom(named: typed) == nil)
  }

  @Test(arguments: [
    ("chils", "chills"),
    ("headach", "headache"),
    ("dizy", "dizziness"),
    ("confusoin", "confusion"),
    ("shortness", "shortness-of-breath"),
    ("shiverz", "chills"),
    ("Tremmor", "tremor"),
  ])
  func misspeltNameSuggestsTheSymptom(typed: String, best: String) {
    #expect(cd19.closestSymptoms(to: typed).first == best)
  }

  @Test func suggestionsAreIdsAndRespectTheLimit() {
    let suggestions = cd19.closestSymptoms(to: "pain", limit: 2)
    #expect(suggestions.count <= 2)
    for id in suggestions { #expect(cd19.symptoms.contains { $0.id == id }, "\(id)") }
    #expect(cd19.closestSymptoms(to: "chils", limit: 0) == [])
    // An alias that is close counts for its symptom, reported once by id.
    #expect(cd19.closestSymptoms(to: "shiver") == ["chills"])
  }

  @Test(arguments: ["xyzzy", "q", "temperature reading"])
  func nothingCloseSuggestsNothing(_ typed: String) {
    #expect(cd19.closestSymptoms(to: typed) == [])
  }

  @Test(arguments: [
    ("kitten", "sitting", 3),
    ("", "abc", 3),
    ("abc", "", 3),
    ("chills", "chills", 0),
    ("chils", "chills", 1),
    ("ab", "ba", 1),
    ("nmae", "name", 1),
    ("ca", "abc", 3),
  ])
  func editDistance(_ a: String, _ b: String, distance: Int) {
    #expect(a.editDistance(to: b) == distance)
    #expect(b.editDistance(to: a) == distance)
  }
}

/// Names are trimmed as Foundation's `CharacterSet.whitespaces` trims them.
@Suite struct SymptomNameTrimmingTests {
  @Test(arguments: [
    "  chills ", "\tchills\t", "\u{00A0}chills\u{3000}", "\u{2009}\u{301}chills",
    "chills\u{301} \u{200B}",
    "", " \t ", "a b", "\u{1680}x\u{202F}", "\n x \n",
  ])
  func trimmedLikeFoundation(text: String) {
    #expect(SymptomDefinition.trimmed(text) == text.trimmingCharacters(in: .whitespaces))
  }
}

extension SymptomNameTrimmingTests {
  /// Names already folded are returned as they are; everything else is folded in full.
  @Test func foldedNamesAreReturnedAsTheyAre() async {
    let names = Fuzz.joined([
      ["", "a", "Z", "-", " "], ["b", "--", "_", "'", "9"], ["", "c", "-", "é", " "],
    ])
    await propertyCheck(count: 300, input: names) { name in
      #expect(SymptomDefinition.lookupKey(name) == SymptomDefinition.folded(name))
    }
    for id in ["chills", "word-finding", "a-b-c", "x9", ""] {
      #expect(SymptomDefinition.isFolded(id))
    }
    for name in ["Chills", "a--b", "a b", "a_b", "raynaud's", " x"] {
      #expect(!SymptomDefinition.isFolded(name))
    }
  }
}
