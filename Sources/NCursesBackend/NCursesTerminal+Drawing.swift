@preconcurrency import CNCursesW
import TerminalUI

extension NCursesTerminal {
  /// How a style is drawn on this terminal: ncurses attributes and a colour pair.
  struct Rendition: Equatable {
    var attributes: attr_t
    var pair: Int16
  }

  /// Draws a frame: only the cells that changed since the last one (every cell after a resize,
  /// a new size or a new theme), then puts the real cursor on `buffer.cursor` (hidden when nil)
  /// so screen readers follow the focused row, and refreshes once.
  public func draw(_ buffer: CellBuffer, theme: Theme) {
    guard let window = activeWindow() else { return }
    if theme != self.theme { use(theme) }
    let screen = size
    let full = needsFullRedraw || previousFrame?.size != buffer.size
    if full { werase(window) }
    for position in FrameDiff.cellsToWrite(from: full ? nil : previousFrame, to: buffer) {
      let cell = buffer[position.x, position.y]
      // A glyph that would cross the screen's edge makes ncurses wrap it onto the next row.
      guard position.y < screen.height,
        position.x + max(1, TextWidth.of(cell.text)) <= screen.width
      else { continue }
      write(cell, x: position.x, y: position.y, in: window)
    }
    if let cursor = buffer.cursor, buffer.contains(x: cursor.x, y: cursor.y),
      cursor.x < screen.width, cursor.y < screen.height
    {
      showCursor(true)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      showCursor(false)
    }
    wrefresh(window)
    previousFrame = buffer
    needsFullRedraw = false
  }

  /// Makes the colour pairs for a theme; the next frame is written whole.
  private func use(_ theme: Theme) {
    // On 8 and 16 colours the theme picks its own nearest colours, keeping text readable.
    let fitted = capabilities.colors >= 256 ? theme : theme.fitted(toColors: capabilities.colors)
    shownTheme = fitted
    colorPairs = ColorPairTable(theme: fitted, terminal: capabilities)
    for (offset, colors) in colorPairs.definitions.enumerated() {
      init_extended_pair(Int32(offset + 1), Int32(colors.foreground), Int32(colors.background))
    }
    self.theme = theme
    renditions = [:]
    needsFullRedraw = true
  }

  /// The attributes and pair of a style under the current theme.
  func rendition(for style: Style) -> Rendition {
    if let known = renditions[style] { return known }
    let look = (shownTheme ?? Theme(name: "none", looks: [:])).look(for: style)
    var attributes = cn_a_normal()
    if look.bold { attributes |= cn_a_bold() }
    if look.underline { attributes |= cn_a_underline() }
    if look.reverse { attributes |= cn_a_reverse() }
    if look.dim { attributes |= cn_a_dim() }
    let rendition = Rendition(
      attributes: attributes, pair: Int16(clamping: colorPairs.pair(for: look)))
    renditions[style] = rendition
    return rendition
  }

  /// Writes one cell's grapheme cluster: each of its parts (``TextWidth/parts(_:)``) as an
  /// ncurses cell of its own, with every scalar the part holds, so combining marks (U+0336)
  /// and zero-width-joiner sequences (`👩‍⚕️`) reach the terminal whole, and the columns
  /// ncurses counts are the ones tmux shows (`🇩🇪` as 🇩 then 🇪).
  private func write(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>) {
    let rendition = rendition(for: cell.style)
    // A lone mark would join the glyph to its left in ncurses: show a blank instead.
    let text = TextWidth.of(cell.text) == 0 ? " " : cell.text
    var column = x
    for part in TextWidth.parts(text) {
      var value = NCursesTerminal.character(part, rendition)
      mvwadd_wch(window, Int32(y), Int32(column), &value)
      column += max(1, TextWidth.width(ofPart: part))
    }
  }

  /// One ncurses cell holding `part` (at most `CCHARW_MAX` scalars; the buffer never makes
  /// longer ones, see ``TextWidth/drawn(_:)``).
  ///
  /// `setcchar` keeps only the zero-width scalars after the first and would drop `⚕` from
  /// 👩 ZWJ ⚕, so it sets the attributes, the pair and the first scalar, and the others are
  /// put into the cell after it; ncurses writes every scalar of a cell to the terminal.
  static func character(_ part: [Unicode.Scalar], _ rendition: Rendition) -> cchar_t {
    var value = cchar_t()
    guard let first = part.first else { return value }
    let base = wchar_t(bitPattern: first.value)
    setcchar(&value, [base, 0], rendition.attributes, rendition.pair, nil)
    // The C library finds the base unprintable: ncurses would refuse marks on it, so it
    // goes alone.
    guard part.count > 1, cn_wcwidth(base) >= 0 else { return value }
    withUnsafeMutableBytes(of: &value.chars) { raw in
      let characters = raw.bindMemory(to: wchar_t.self)
      for (index, scalar) in part.prefix(characters.count).enumerated() {
        characters[index] = wchar_t(bitPattern: scalar.value)
      }
    }
    return value
  }

  /// Shows or hides the real cursor, telling ncurses only when that changes.
  private func showCursor(_ shown: Bool) {
    guard cursorShown != shown else { return }
    curs_set(shown ? 1 : 0)
    cursorShown = shown
  }
}
