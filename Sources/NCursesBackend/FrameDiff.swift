import TerminalUI

/// Which cells of a frame must be written to ncurses, given the frame before it.
///
/// Continuation cells are never written: ncurses fills the second column of a wide glyph itself,
/// and writing there would split the glyph (ncurses-on-linux.md §3.3); a cluster of several
/// parts (`🇩🇪`) is written whole from its first cell. Writes go left to right,
/// so a narrow glyph written over half of an old wide one is always followed by the write that
/// replaces the other half (that cell changed too).
enum FrameDiff {
  /// A cell position, column `x` of row `y`.
  struct Position: Hashable {
    var x: Int
    var y: Int
  }

  /// Every cell that differs from `previous`, or every cell when there is no comparable
  /// previous frame (the first frame, a new size); continuation cells left out.
  static func cellsToWrite(from previous: CellBuffer?, to next: CellBuffer) -> [Position] {
    let comparable = previous.flatMap { $0.size == next.size ? $0 : nil }
    var positions: [Position] = []
    for y in 0..<next.size.height {
      for x in 0..<next.size.width {
        let cell = next[x, y]
        if cell.isContinuation { continue }
        if let comparable, comparable[x, y] == cell { continue }
        positions.append(Position(x: x, y: y))
      }
    }
    return positions
  }
}
