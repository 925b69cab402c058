import Testing

@testable import TerminalUI

/// Text in accessible frames: no box-drawing, block or chart glyph; separators in words.
@Suite struct PlainTextTests {
  @Test(arguments: [
    ("Follow-up · Day +183 │ Maria", "Follow-up, Day +183 | Maria"),
    ("└─┬─┐ ┼ ═ ║ ╳", "+-+-+ + - | X"),
    ("▌FOLLOW-UP", " FOLLOW-UP"), ("█▓▒░▁", "#### "),
    ("▼ low  • in range  ▲ high", "v low  * in range  ^ high"),
    ("reading older days…", "reading older days..."), ("· before", "- before"),
    ("T\u{336}e\u{336}m\u{336}p\u{336} (struck out)", "Temp (struck out)"),
    // What the app never draws is left as written: braille, arrows, marks with words.
    ("⠓⠑⠇⠇⠕ ← ✓ done", "⠓⠑⠇⠇⠕ ← ✓ done"), ("plain text", "plain text"),
  ])
  func replaces(text: String, shown: String) {
    #expect(PlainText.of(text) == shown)
  }

  @Test func aPlainFrameGetsNoGlyphFromAnyPut() {
    var buffer = CellBuffer(size: Size(width: 30, height: 1))
    buffer.plainText = true
    buffer.put("38.0 │─── fever line · ▲", x: 0, y: 0)
    #expect(buffer.lines == ["38.0 |--- fever line, ^"])
  }
}
