import Testing

@testable import JourneyStore

@Suite("LineFile append and read")
struct LineFileTests {
  @Test("append then read gives the same lines, numbered, with no problems")
  func roundTrip() throws {
    try withTemporaryDirectory { root in
      let path = root + "/journey.jsonl"
      try LineFile.append([#"{"id":"a","text":"fièvre 38,4 °C 🙂"}"#], to: path)
      try LineFile.append([#"{"id":"b"}"#, #"{"id":"c"}"#, #"{"id":"d"}"#], to: path)

      let contents = try LineFile.read(path, relativeName: "journey.jsonl")

      #expect(contents.problems.isEmpty)
      #expect(
        contents.lines == [
          StoredLine(number: 1, text: #"{"id":"a","text":"fièvre 38,4 °C 🙂"}"#),
          StoredLine(number: 2, text: #"{"id":"b"}"#),
          StoredLine(number: 3, text: #"{"id":"c"}"#),
          StoredLine(number: 4, text: #"{"id":"d"}"#),
        ])
      #expect(
        try bytes(of: path)
          == Array(
            (#"{"id":"a","text":"fièvre 38,4 °C 🙂"}"# + "\n" + #"{"id":"b"}"# + "\n"
              + #"{"id":"c"}"# + "\n" + #"{"id":"d"}"# + "\n").utf8))
    }
  }

  @Test("a missing file reads as empty, with no problem")
  func missingFile() throws {
    try withTemporaryDirectory { root in
      let contents = try LineFile.read(root + "/nope.jsonl", relativeName: "nope.jsonl")
      #expect(contents == .empty)
    }
  }

  @Test(
    "a line that is empty or holds a line break is refused and nothing is written",
    arguments: ["", "two\nlines", "carriage\rreturn", "ends with newline\n"])
  func refusedLine(bad: String) throws {
    try withTemporaryDirectory { root in
      let newFile = root + "/days/2026/2026-11-22.jsonl"
      let error = #expect(throws: StoreError.self) {
        try LineFile.append(["fine", bad], to: newFile)
      }
      #expect(error?.code == .invalidLine)
      #expect(error?.message.contains(newFile) == true)
      #expect(permissions(of: root + "/days") == nil, "no folder was created")

      let existing = root + "/journey.jsonl"
      try LineFile.append(["first"], to: existing)
      #expect(throws: StoreError.self) { try LineFile.append(["fine", bad], to: existing) }
      #expect(try bytes(of: existing) == Array("first\n".utf8))
    }
  }

  @Test("blank lines are skipped but still counted in line numbers")
  func blankLines() throws {
    let contents = LineFile.split(Array("a\n\n  \t\r\nb\n\n".utf8), relativeName: "f")
    #expect(contents.lines == [StoredLine(number: 1, text: "a"), StoredLine(number: 4, text: "b")])
    #expect(contents.problems.isEmpty)
  }

  @Test("an invalid UTF-8 line is reported with its number; its neighbours are kept")
  func invalidUTF8() throws {
    try withTemporaryDirectory { root in
      let path = root + "/days/2026/2026-11-22.jsonl"
      try writeBytes(
        Array("{\"n\":1}\n".utf8) + [0x7B, 0xFF, 0xFE, 0x7D, 0x0A] + Array("{\"n\":3}\n".utf8)
          + [0xC3, 0x28, 0x0A],  // a lead byte without its continuation
        to: path)

      let contents = try LineFile.read(path, relativeName: "days/2026/2026-11-22.jsonl")

      #expect(
        contents.lines == [
          StoredLine(number: 1, text: #"{"n":1}"#), StoredLine(number: 3, text: #"{"n":3}"#),
        ])
      #expect(
        contents.problems == [
          LineProblem(file: "days/2026/2026-11-22.jsonl", line: 2, reason: "not valid UTF-8 text"),
          LineProblem(file: "days/2026/2026-11-22.jsonl", line: 4, reason: "not valid UTF-8 text"),
        ])
      #expect(
        contents.problems.first?.description
          == "days/2026/2026-11-22.jsonl:2: not valid UTF-8 text")
    }
  }

  /// A power cut mid-write leaves `{"partial` with no newline. The reader must say so and still
  /// hand the text up; the next append must start a fresh line and leave those bytes alone.
  ///
  /// Once that append has put its newline after the torn bytes, the raw layer sees an ordinary
  /// complete line (no problem, `isTorn` false): there is no way to tell it from a line that
  /// was written whole. The JSON layer above reports it as unparsable, so it is still never
  /// silently dropped.
  @Test("a torn last line is reported, kept, and never rewritten")
  func tornLine() throws {
    try withTemporaryDirectory { root in
      let path = root + "/journey.jsonl"
      let before = Array("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"partial".utf8)
      try writeBytes(before, to: path)

      let torn = try LineFile.read(path, relativeName: "journey.jsonl")
      #expect(torn.lines.map(\.number) == [1, 2, 3])
      #expect(torn.lines.last == StoredLine(number: 3, text: "{\"partial", isTorn: true))
      #expect(torn.lines.dropLast().allSatisfy { !$0.isTorn })
      #expect(
        torn.problems == [
          LineProblem(
            file: "journey.jsonl", line: 3,
            reason: "last line is incomplete (the write was cut off)")
        ])

      try LineFile.append([#"{"id":"c"}"#], to: path)

      let after = try bytes(of: path)
      #expect(Array(after.prefix(before.count)) == before, "the torn bytes are untouched")
      #expect(Array(after.dropFirst(before.count)) == Array("\n{\"id\":\"c\"}\n".utf8))

      let healed = try LineFile.read(path, relativeName: "journey.jsonl")
      #expect(healed.problems.isEmpty)
      #expect(
        healed.lines == [
          StoredLine(number: 1, text: #"{"id":"a"}"#),
          StoredLine(number: 2, text: #"{"id":"b"}"#),
          StoredLine(number: 3, text: "{\"partial"),
          StoredLine(number: 4, text: #"{"id":"c"}"#),
        ])
    }
  }

  @Test("a torn line cut inside a character is reported both ways")
  func tornInsideCharacter() {
    // "°" is C2 B0; the cut left only C2.
    let contents = LineFile.split(Array("ok\n38,4 ".utf8) + [0xC2], relativeName: "f")
    #expect(contents.lines == [StoredLine(number: 1, text: "ok")])
    #expect(contents.problems.map(\.line) == [2, 2])
    #expect(
      contents.problems.map(\.reason) == [
        "last line is incomplete (the write was cut off)", "not valid UTF-8 text",
      ])
  }

  /// A reading that needs a few kinds of line (the FHIR export's survey) picks them from their
  /// bytes: the others are neither made text nor checked; a torn last line is still reported.
  @Test(
    "picking keeps only the lines picked, with their numbers",
    arguments: [
      ("a", [StoredLine(number: 1, text: "a1"), StoredLine(number: 5, text: "a2")], [6]),
      ("b", [StoredLine(number: 2, text: "b1")], [4, 6]),
      ("x", [StoredLine(number: 6, text: "x", isTorn: true)], [6]),
      ("", [], [6]),
    ])
  func picking(first: String, expected: [StoredLine], problemLines: [Int]) {
    // Line 3 is blank, line 4 is "b" and a byte that is not UTF-8, line 6 is cut off.
    let bytes = Array("a1\nb1\n\n".utf8) + [0x62, 0xFF, 0x0A] + Array("a2\nx".utf8)
    let picked = LineFile.split(bytes, relativeName: "f") { line in
      line.first == first.utf8.first
    }
    #expect(picked.lines == expected)
    #expect(picked.problems.map(\.line) == problemLines)
    #expect(picked.problems.last?.reason == "last line is incomplete (the write was cut off)")
  }

  @Test("reading a folder as a file is an error, not an empty file")
  func readFolder() throws {
    try withTemporaryDirectory { root in
      let error = #expect(throws: StoreError.self) {
        try LineFile.read(root, relativeName: "x")
      }
      #expect(error?.path == root)
    }
  }
}
