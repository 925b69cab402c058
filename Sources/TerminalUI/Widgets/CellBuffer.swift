/// A frame in memory: screens draw into it, tests read it, a backend flushes it.
public struct CellBuffer: Sendable, Equatable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// Where the terminal's real cursor goes (the focused row), for screen readers.
  public var cursor: (x: Int, y: Int)?
  /// How many texts were cut at their width: a long list row is cut by design, and a test
  /// compares the count across languages (what English shows whole, Chinese shows whole too).
  public private(set) var clipped = 0

  public init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public static func == (lhs: CellBuffer, rhs: CellBuffer) -> Bool {
    lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursor?.x == rhs.cursor?.x
      && lhs.cursor?.y == rhs.cursor?.y
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
  /// A wide character that does not fit whole is replaced by a space; writing over half of a
  /// wide character clears its other half.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil
  )
    -> Int
  {
    guard y >= 0, y < size.height, x < size.width else { return 0 }
    let limit = min(size.width, x + (maxWidth ?? size.width))
    var column = x
    for grapheme in TextWidth.visible(text) {
      let width = TextWidth.of(grapheme)
      if width == 0 { continue }
      if column + width > limit {
        if column < limit { clearCell(x: column, y: y, style: style) }
        clipped += 1
        break
      }
      if column >= 0 {
        clearCell(x: column, y: y, style: style)
        if width == 2 { clearCell(x: column + 1, y: y, style: style) }
        self[column, y] = Cell(grapheme, style: style)
        if width == 2 { self[column + 1, y] = Cell("", style: style) }
      }
      column += width
    }
    return max(0, column - x)
  }

  /// Blanks a cell, and the other half of a wide character it belonged to.
  mutating func clearCell(x: Int, y: Int, style: Style) {
    let cell = self[x, y]
    if cell.isContinuation, x > 0 {
      self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
    } else if TextWidth.of(cell.text) == 2, x + 1 < size.width {
      self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
    }
    self[x, y] = Cell(" ", style: style)
  }

  /// Fills a rectangle with blanks of a style.
  public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .normal) {
    for row in max(0, y)..<min(size.height, y + height) {
      for column in max(0, x)..<min(size.width, x + width) {
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
