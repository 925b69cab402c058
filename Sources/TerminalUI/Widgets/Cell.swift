/// One cell of the screen: a character (with any combining marks) and its style.
///
/// A wide character (中, 🙂) fills two cells: the first holds it, the second is a continuation
/// cell that the backend skips (as ratatui's `diff.rs` does).
public struct Cell: Hashable, Sendable {
  /// The grapheme shown; a single space for an empty cell, "" for a continuation cell.
  public var text: String
  public var style: Style

  public init(_ text: String = " ", style: Style = .normal) {
    self.text = text
    self.style = style
  }

  public static let blank = Cell()

  /// The second half of a wide character.
  public var isContinuation: Bool { text.isEmpty }
}
