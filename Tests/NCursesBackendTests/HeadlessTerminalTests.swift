import CNCursesW
import Testing

@testable import NCursesBackend
@testable import TerminalUI

extension NCursesGlobalState {
  /// Frames drawn into a headless ncurses screen, read back from ncurses' own screen.
  @Suite struct HeadlessTerminalTests {
    /// What ncurses holds in one cell.
    struct ScreenCell {
      var text: String
      var attributes: attr_t
      var pair: Int16

      var bold: Bool { attributes & cn_a_bold() != 0 }
      var reverse: Bool { attributes & cn_a_reverse() != 0 }
      var underline: Bool { attributes & cn_a_underline() != 0 }
    }

    static let theme = Theme(
      name: "test",
      looks: [
        .normal: Theme.Look(),
        .urgent: Theme.Look(foreground: .indexed(196), bold: true),
        .selection: Theme.Look(reverse: true),
        .ok: Theme.Look(foreground: .indexed(46), background: .indexed(236)),
      ])

    static func cell(x: Int, y: Int) -> ScreenCell {
      var value = cchar_t()
      mvin_wch(Int32(y), Int32(x), &value)
      var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
      var attributes: attr_t = 0
      var pair: Int16 = 0
      getcchar(&value, &characters, &attributes, &pair, nil)
      let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      return ScreenCell(text: text, attributes: attributes, pair: pair)
    }

    static func row(_ y: Int, width: Int) -> String {
      var characters = [wchar_t](repeating: 0, count: width + 1)
      let count = mvinnwstr(Int32(y), 0, &characters, Int32(width))
      let scalars = characters.prefix(Int(max(count, 0))).compactMap {
        Unicode.Scalar(UInt32($0))
      }
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      while text.last == " " { text.removeLast() }
      return text
    }

    static func pairColors(_ pair: Int16) -> (foreground: Int32, background: Int32) {
      var foreground: Int32 = 0
      var background: Int32 = 0
      extended_pair_content(Int32(pair), &foreground, &background)
      return (foreground, background)
    }

    static func sampleFrame() -> CellBuffer {
      var buffer = CellBuffer(size: Size(width: 20, height: 6))
      buffer.put("ab中c", x: 0, y: 0)
      buffer.put("x\u{0336}y", x: 0, y: 1)
      buffer.put("CALL NOW", x: 0, y: 2, style: Style(.urgent))
      buffer.put("row", x: 0, y: 3, style: Style(.selection))
      buffer.put("in range", x: 0, y: 4, style: Style(.ok, underline: true))
      return buffer
    }

    /// Runs `body` on a headless 20×6 terminal showing the sample frame, then stops it.
    static func withSampleDrawn(
      terminalName: String = "xterm-256color", theme: Theme = theme,
      _ body: (NCursesTerminal) throws -> Void
    ) throws {
      let terminal = try NCursesTerminal(headlessRows: 6, cols: 20, terminalName: terminalName)
      defer { terminal.stop() }
      terminal.draw(sampleFrame(), theme: theme)
      try body(terminal)
    }

    @Test func drawsTextWideGlyphsAndCombiningMarks() throws {
      try Self.withSampleDrawn { _ in
        #expect(Self.row(0, width: 20) == "ab中c")
        #expect(Self.cell(x: 2, y: 0).text == "中")
        // The continuation cell was skipped, so "c" sits right after the wide glyph.
        #expect(Self.cell(x: 4, y: 0).text == "c")
        // The stroke rides with its base in one cell.
        #expect(Self.cell(x: 0, y: 1).text == "x\u{0336}")
        #expect(Self.cell(x: 1, y: 1).text == "y")
        #expect(Self.row(2, width: 20) == "CALL NOW")
      }
    }

    /// Each grapheme cluster reaches ncurses whole: the health worker's four scalars in one
    /// cell (setcchar alone keeps only the first two), the flag's two regional indicators in
    /// two cells, as tmux counts them, and every column after them where the buffer has it.
    @Test func drawsWholeGraphemeClusters() throws {
      let terminal = try NCursesTerminal(headlessRows: 2, cols: 20)
      defer { terminal.stop() }
      let nurse = "\u{1F469}\u{200D}\u{2695}\u{FE0F}"
      var frame = CellBuffer(size: Size(width: 20, height: 2))
      frame.put("a\(nurse)b\u{1F1E9}\u{1F1EA}c e\u{301}中f", x: 0, y: 0)
      frame.put("12345678901234567890", x: 0, y: 1)
      terminal.draw(frame, theme: Self.theme)
      let cells = [
        (0, "a"), (1, nurse), (3, "b"), (4, "\u{1F1E9}"), (5, "\u{1F1EA}"), (6, "c"), (7, " "),
        (8, "e\u{301}"), (9, "中"), (11, "f"), (12, " "),
      ]
      for (x, text) in cells {
        #expect(Self.cell(x: x, y: 0).text == text, "column \(x)")
      }
      #expect(Self.row(1, width: 20) == "12345678901234567890")
    }

    @Test func aCellHoldsAsManyScalarsAsTheBufferPutsInOne() {
      #expect(Int(CCHARW_MAX) == TextWidth.scalarsPerCell)
    }

    @Test func appliesTheThemesAttributesAndColours() throws {
      try Self.withSampleDrawn { _ in
        let plain = Self.cell(x: 0, y: 0)
        #expect(!plain.bold && !plain.reverse && plain.pair == 0)

        let urgent = Self.cell(x: 0, y: 2)
        #expect(urgent.bold && !urgent.reverse)
        #expect(urgent.pair != 0)
        #expect(Self.pairColors(urgent.pair) == (196, -1))

        let selected = Self.cell(x: 0, y: 3)
        #expect(selected.reverse && !selected.bold && selected.pair == 0)

        let ok = Self.cell(x: 0, y: 4)
        #expect(ok.underline && Self.pairColors(ok.pair) == (46, 236))
      }
    }

    @Test func reducesColoursOnAnEightColourTerminal() throws {
      try Self.withSampleDrawn(terminalName: "xterm") { _ in
        #expect(cn_colors() == 8)
        let urgent = Self.cell(x: 0, y: 2)
        #expect(urgent.bold)
        #expect(Self.pairColors(urgent.pair) == (1, -1))
      }
    }

    @Test(arguments: [("vt100", true), ("xterm-256color", false)])
    func attributesOnlyWithoutColour(terminalName: String, themeUsesColor: Bool) throws {
      var theme = Self.theme
      theme.usesColor = themeUsesColor
      try Self.withSampleDrawn(terminalName: terminalName, theme: theme) { _ in
        let urgent = Self.cell(x: 0, y: 2)
        #expect(urgent.bold && urgent.pair == 0)
        #expect(Self.cell(x: 0, y: 3).reverse)
        #expect(Self.cell(x: 0, y: 4).underline && Self.cell(x: 0, y: 4).pair == 0)
      }
    }

    @Test func aSecondFrameWritesOnlyWhatChanged() throws {
      try Self.withSampleDrawn { terminal in
        // A mark behind the backend's back: it survives unless that cell is written again.
        mvaddstr(5, 10, "#")
        var second = Self.sampleFrame()
        second.put("d", x: 4, y: 0)
        terminal.draw(second, theme: Self.theme)
        #expect(Self.row(0, width: 20) == "ab中d")
        #expect(Self.cell(x: 10, y: 5).text == "#")
        #expect(Self.cell(x: 2, y: 0).text == "中")
      }
    }

    @Test func aNewSizeOrThemeRedrawsEverything() throws {
      try Self.withSampleDrawn { terminal in
        mvaddstr(5, 10, "#")
        var other = Self.theme
        other.name = "other"
        terminal.draw(Self.sampleFrame(), theme: other)
        #expect(Self.cell(x: 10, y: 5).text == " ")

        resizeterm(8, 30)
        mvaddstr(7, 25, "#")
        var larger = CellBuffer(size: terminal.size)
        larger.put("ab中c", x: 0, y: 0)
        terminal.draw(larger, theme: other)
        #expect(Self.cell(x: 25, y: 7).text == " ")
        #expect(Self.row(0, width: 30) == "ab中c")
      }
    }

    @Test func replacingAWideGlyphLeavesNoHalf() throws {
      try Self.withSampleDrawn { terminal in
        var next = Self.sampleFrame()
        next.put("xy", x: 2, y: 0)
        terminal.draw(next, theme: Self.theme)
        #expect(Self.row(0, width: 20) == "abxyc")
        next.put("中文", x: 1, y: 0)
        terminal.draw(next, theme: Self.theme)
        #expect(Self.row(0, width: 20) == "a中文")
      }
    }

    @Test func theRealCursorFollowsTheFocusedRow() throws {
      let terminal = try NCursesTerminal(headlessRows: 6, cols: 20)
      defer { terminal.stop() }
      var frame = Self.sampleFrame()
      frame.cursor = (x: 0, y: 3)
      terminal.draw(frame, theme: Self.theme)
      #expect(getcury(cn_stdscr()) == 3 && getcurx(cn_stdscr()) == 0)
      #expect(terminal.cursorShown == true)

      frame.cursor = nil
      terminal.draw(frame, theme: Self.theme)
      #expect(terminal.cursorShown == false)
    }

    @Test func sizeIsTheScreensSize() throws {
      let terminal = try NCursesTerminal(headlessRows: 7, cols: 33)
      defer { terminal.stop() }
      #expect(terminal.size == Size(width: 33, height: 7))
    }

    @Test func readsKeysThroughNcurses() throws {
      try Self.withSampleDrawn { terminal in
        unget_wch(wchar_t(0x4E2D))
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .character("中"))
        ungetch(KEY_UP)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .up)
        ungetch(KEY_RESIZE)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(terminal.needsFullRedraw)
      }
    }

    @Test func stopIsIdempotentAndEndsDrawing() throws {
      let terminal = try NCursesTerminal(headlessRows: 6, cols: 20)
      terminal.stop()
      terminal.stop()
      #expect(terminal.size == Size(width: 0, height: 0))
      #expect(terminal.readKey(timeoutMilliseconds: 0) == nil)
      terminal.draw(Self.sampleFrame(), theme: Self.theme)
    }

    @Test func anUnknownTerminalIsRefused() {
      // newterm returns NULL for a name terminfo does not know (initscr would exit instead).
      #expect {
        _ = try NCursesTerminal(headlessRows: 6, cols: 20, terminalName: "no-such-terminal-xyz")
      } throws: { error in
        guard let error = error as? TerminalError else { return false }
        return error.code == .unknownTerminal && error.message.contains("no-such-terminal-xyz")
      }
    }
  }
}
