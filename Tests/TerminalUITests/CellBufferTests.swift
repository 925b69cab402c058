import Testing

@testable import TerminalUI

@Suite struct CellBufferTests {
  /// A row cut short ends in `…` in its last cell; one that fits exactly has none. In an
  /// accessible frame the mark is `...`; a wide character that would straddle the mark goes.
  @Test(arguments: [
    ("Temperature 38.4", 16, false, "Temperature 38.4"),
    ("Temperature 38.4", 15, false, "Temperature 38…"),
    ("Temperature 38.4", 15, true, "Temperature ..."),
    ("体温 38.4", 9, false, "体温 38.4"),
    ("体温 38.4", 8, false, "体温 38…"),
    ("体温 38.4", 4, false, "体…"),
    ("体温", 3, false, "体…"), ("体温", 2, false, "…"),
  ])
  func aCutRowSaysItIsCut(text: String, width: Int, plain: Bool, shown: String) {
    var buffer = CellBuffer(size: Size(width: 20, height: 1))
    buffer.plainText = plain
    buffer.put("XXXXXXXXXXXXXXXXXXXX", x: 0, y: 0)
    buffer.fill(x: 0, y: 0, width: 20, height: 1)
    let used = buffer.putCut(text, x: 0, y: 0, maxWidth: width)
    #expect(buffer.lines == [shown])
    #expect(used == TextWidth.of(text: shown))
    #expect(buffer.clipped == (shown == text ? 0 : 1))
  }

  @Test func wideGlyphsTakeTwoCellsAndAlign() {
    var buffer = CellBuffer(size: Size(width: 10, height: 2))
    #expect(buffer.put("中文ab", x: 0, y: 0) == 6)
    buffer.put("abcdef", x: 0, y: 1)
    #expect(buffer.lines == ["中文ab", "abcdef"])
    #expect(buffer[1, 0].isContinuation)
  }

  @Test func aWideGlyphThatDoesNotFitBecomesASpace() {
    var buffer = CellBuffer(size: Size(width: 3, height: 1))
    buffer.put("ab中", x: 0, y: 0)
    #expect(buffer.line(0) == "ab ")
  }

  @Test func writingOverHalfAWideGlyphClearsTheOtherHalf() {
    var buffer = CellBuffer(size: Size(width: 4, height: 1))
    buffer.put("中中", x: 0, y: 0)
    buffer.put("x", x: 1, y: 0)
    #expect(buffer.line(0) == " x中")
    buffer.put("y", x: 2, y: 0)
    #expect(buffer.line(0) == " xy ")
  }

  @Test(arguments: [
    ("\u{1B}[31mred", "^[[31mred"), ("a\u{7}b", "a^Gb"), ("x\u{202E}cba", "x<U+202E>cba"),
    ("tab\tx", "tab^Ix"),
  ])
  func controlCharactersAreShownEscaped(text: String, shown: String) {
    var buffer = CellBuffer(size: Size(width: 20, height: 1))
    buffer.put(text, x: 0, y: 0)
    #expect(buffer.lines == [shown])
  }

  /// A width worked out as negative (a column past the room left) writes nothing.
  @Test(arguments: [-3, -1, 0])
  func noRoomWritesNothing(maxWidth: Int) {
    var buffer = CellBuffer(size: Size(width: 10, height: 1))
    buffer.put("0123456789", x: 0, y: 0)
    #expect(buffer.put("abc", x: 5, y: 0, maxWidth: maxWidth) == 0)
    #expect(buffer.put("中", x: 5, y: 0, maxWidth: maxWidth) == 0)
    #expect(buffer.lines == ["0123456789"])
  }

  @Test func clipsToMaxWidth() {
    var buffer = CellBuffer(size: Size(width: 10, height: 1))
    #expect(buffer.put("abcdefgh", x: 2, y: 0, maxWidth: 3) == 3)
    #expect(buffer.lines == ["  abc"])
  }
}
