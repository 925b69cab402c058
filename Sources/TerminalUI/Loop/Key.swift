/// A key press, decoded from the terminal by a backend.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Ctrl plus a letter (`ctrl("c")`).
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  /// F1–F12.
  case function(Int)
  /// The terminal changed size; the next frame is drawn at the new size.
  case resize
  /// Text pasted in one go (the terminal's bracketed paste): taken as text where text is typed,
  /// its line breaks as spaces, never as Enter or as the keys of a screen.
  case paste(String)
}
