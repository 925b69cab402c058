import Testing

@testable import JourneyCore

/// The `.po` reader: contexts, plural forms, escapes, multi-line strings, fuzzy and obsolete
/// entries, and errors that name the line.
@Suite struct POFileTests {
  static let sample = #"""
    # A translator's comment
    msgid ""
    msgstr ""
    "Language: de\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"

    msgctxt "alert level"
    msgid "URGENT"
    msgstr "DRINGEND"

    msgid "URGENT"
    msgstr "EILIG"

    #, c-format
    msgid ""
    "Two "
    "lines"
    msgstr ""
    "Zwei "
    "Zeilen mit \"Anführung\"\tund\\\n"

    msgid "%d alert"
    msgid_plural "%d alerts"
    msgstr[0] "%d Alarm"
    msgstr[1] "%d Alarme"

    #, fuzzy
    msgid "Guess"
    msgstr "Vermutung"

    #~ msgid "Old"
    #~ msgstr "Alt"
    """#

  @Test func readsContextsPluralsEscapesAndContinuedStrings() throws {
    let file = try POFile(text: Self.sample)
    #expect(file.header["Language"] == "de")
    #expect(file.pluralRule.count == 2)
    #expect(
      file.entries.map(\.key) == [
        POFile.Key(context: "alert level", id: "URGENT"), POFile.Key(context: nil, id: "URGENT"),
        POFile.Key(context: nil, id: "Two lines"), POFile.Key(context: nil, id: "%d alert"),
      ])
    #expect(
      file.entries.map(\.translations) == [
        ["DRINGEND"], ["EILIG"], ["Zwei Zeilen mit \"Anführung\"\tund\\\n"],
        ["%d Alarm", "%d Alarme"],
      ])
    #expect(file.entries[2].flags == ["c-format"])
    #expect(file.entries[3].idPlural == "%d alerts")
  }

  /// A catalog saved with Windows line ends (CRLF), as some editors save it, reads the same.
  @Test func windowsLineEndsReadTheSame() throws {
    let crlf = try POFile(text: Self.sample.replacingOccurrences(of: "\n", with: "\r\n"))
    let lf = try POFile(text: Self.sample)
    #expect(crlf.entries.map(\.translations) == lf.entries.map(\.translations))
    #expect(crlf.entries.map(\.key) == lf.entries.map(\.key))
    #expect(crlf.header == lf.header)
  }

  @Test(arguments: [
    ("msgid \"a\"\nmsgstr \"b", 2, "expected a string in double quotes"),
    ("msgid \"a\"\nmsgstr \"\\q\"", 2, "unknown escape \\q"),
    ("msgid \"a\"\nmsgstring \"b\"", 2, "unknown keyword msgstring"),
    ("\"lost\"", 1, "a string outside an entry"),
    ("msgid \"a\"\nmsgstr \"a \"quoted\" b\"", 2, "a quote inside a string must be written \\\""),
  ])
  func refusesWhatIsNotPO(text: String, line: Int, reason: String) {
    #expect(throws: POFile.Error(line: line, reason: reason)) { try POFile(text: text) }
  }

  @Test(arguments: [
    ("nplurals=2; plural=(n != 1);", [0: 1, 1: 0, 2: 1, 11: 1]),
    ("nplurals=1; plural=0;", [0: 0, 1: 0, 7: 0]),
    ("nplurals=2; plural=n>1;", [0: 0, 1: 0, 2: 1]),
    (
      "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        + "(n%100<10 || n%100>=20) ? 1 : 2);",
      [1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1, 112: 2]
    ),
  ])
  func pluralRulesPickTheForm(header: String, expected: [Int: Int]) throws {
    let rule = try #require(PluralRule(header: header))
    for (n, form) in expected { #expect(rule.index(for: n) == form, "n = \(n)") }
  }

  @Test(arguments: ["nplurals=2; plural=(n != ;", "plural=n!=1;", "nplurals=2; plural=n ? 1;"])
  func refusesAPluralRuleItCannotRead(header: String) {
    #expect(PluralRule(header: header) == nil)
  }
}
