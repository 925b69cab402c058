/// One cell of the screen: a whole grapheme cluster (`é`, `中`, `👩‍⚕️`, `🇩🇪`) and its style.
///
/// A cluster wider than one cell fills as many as the terminal gives it (``TextWidth``): the
/// first holds it, the others are continuation cells that the backend skips (as ratatui's
/// `diff.rs` does).
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster shown; a single space for an empty cell, "" for a continuation cell.
  public var text: String
  public var style: Style

  public init(_ text: String = " ", style: Style = .normal) {
    self.text = text
    self.style = style
  }

  public static let blank = Cell()

  /// The rest of a wide cluster.
  public var isContinuation: Bool { text.isEmpty }
}
