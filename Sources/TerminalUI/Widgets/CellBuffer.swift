/// A frame in memory: screens draw into it, tests read it, a backend flushes it.
public struct CellBuffer: Sendable, Equatable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// Where the terminal's real cursor goes (the focused row), for screen readers.
  public var cursor: (x: Int, y: Int)?
  /// An accessible frame (`--accessible`): text only, no box-drawing, block or chart glyph
  /// (see ``PlainText``).
  public var plainText = false
  /// How many texts were cut at their width: a long list row is cut by design, and a test
  /// compares the count across languages (what English shows whole, Chinese shows whole too).
  public private(set) var clipped = 0

  public init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public static func == (lhs: CellBuffer, rhs: CellBuffer) -> Bool {
    lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursor?.x == rhs.cursor?.x
      && lhs.cursor?.y == rhs.cursor?.y && lhs.plainText == rhs.plainText
  }

  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard contains(x: x, y: y) else { return .blank }
      return cells[y * size.width + x]
    }
    set {
      guard contains(x: x, y: y) else { return }
      cells[y * size.width + x] = newValue
    }
  }

  public func contains(x: Int, y: Int) -> Bool {
    x >= 0 && y >= 0 && x < size.width && y < size.height
  }

  /// Writes text from (x, y), clipped to `maxWidth` cells (and the buffer's edge); returns the
  /// number of cells used. Control characters are shown escaped (`\u{1B}` as `^[`), never raw.
  /// Each grapheme cluster goes whole into one cell, followed by continuation cells for the
  /// rest of its width (``TextWidth``); a cluster that does not fit whole is replaced by
  /// spaces, and writing over part of a cluster clears the rest of it. In a ``plainText``
  /// frame the text first goes through ``PlainText/of(_:)``.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil
  )
    -> Int
  {
    guard y >= 0, y < size.height, x < size.width else { return 0 }
    let limit = min(size.width, x + (maxWidth ?? size.width))
    var column = x
    for grapheme in TextWidth.visible(plainText ? PlainText.of(text) : text) {
      // Almost every cluster is one scalar, drawn as it is.
      let pieces = grapheme.unicodeScalars.count == 1 ? [grapheme] : TextWidth.drawn(grapheme)
      for piece in pieces {
        let width = TextWidth.of(piece)
        if width == 0 { continue }
        if column + width > limit {
          var cut = max(0, column)
          while cut < limit {
            clearCell(x: cut, y: y, style: style)
            cut += 1
          }
          clipped += 1
          return max(0, column - x)
        }
        if column >= 0 {
          for offset in 0..<width { clearCell(x: column + offset, y: y, style: style) }
          self[column, y] = Cell(piece, style: style)
          for offset in 1..<width { self[column + offset, y] = Cell("", style: style) }
        }
        column += width
      }
    }
    return max(0, column - x)
  }

  /// ``put(_:x:y:style:maxWidth:)``, but text that does not fit ends in `ellipsis` (in
  /// `ellipsisStyle`, else the text's) in its last cell, so a cut row never reads as whole: a
  /// reading cut after `38.` must not look like 38. Returns the number of cells used.
  @discardableResult
  public mutating func putCut(
    _ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int,
    ellipsis: String = "…", ellipsisStyle: Style? = nil
  ) -> Int {
    let before = clipped
    let used = put(text, x: x, y: y, style: style, maxWidth: maxWidth)
    let room = min(maxWidth, size.width - x)
    let mark = TextWidth.of(text: plainText ? PlainText.of(ellipsis) : ellipsis)
    guard clipped > before, room > mark else { return used }
    fill(x: x, y: y, width: room, height: 1, style: style)
    let kept = put(text, x: x, y: y, style: style, maxWidth: room - mark)
    clipped = before + 1
    return kept + put(ellipsis, x: x + kept, y: y, style: ellipsisStyle ?? style, maxWidth: mark)
  }

  /// Blanks a cell, and the rest of the grapheme cluster it belonged to.
  mutating func clearCell(x: Int, y: Int, style: Style) {
    guard contains(x: x, y: y) else { return }
    var head = x
    while head > 0, self[head, y].isContinuation { head -= 1 }
    var end = head + 1
    while end < size.width, self[end, y].isContinuation { end += 1 }
    for column in head..<end where column != x {
      self[column, y] = Cell(" ", style: self[column, y].style)
    }
    self[x, y] = Cell(" ", style: style)
  }

  /// Fills a rectangle with blanks of a style; a cluster crossing its edge is cleared whole.
  public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .normal) {
    let columns = max(0, x)..<min(size.width, x + width)
    guard !columns.isEmpty else { return }
    for row in max(0, y)..<min(size.height, y + height) {
      clearCell(x: columns.lowerBound, y: row, style: style)
      clearCell(x: columns.upperBound - 1, y: row, style: style)
      for column in columns {
        self[column, row] = Cell(" ", style: style)
      }
    }
  }

  /// Row `y` as text, continuation cells skipped; what a test compares with an expected line.
  public func line(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    var text = ""
    for x in 0..<size.width { text += self[x, y].text }
    return text
  }

  /// Every row, right-trimmed.
  public var lines: [String] {
    (0..<size.height).map { y in
      var row = line(y)
      while row.last == " " { row.removeLast() }
      return row
    }
  }
}
