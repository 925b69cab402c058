/// Where frames go and keys come from: ncurses in the app, memory in tests.
public protocol TerminalBackend: AnyObject {
  /// The terminal's size now.
  var size: Size { get }
  /// Draws a whole frame, styled by the theme; the real cursor goes to `buffer.cursor`.
  func draw(_ buffer: CellBuffer, theme: Theme)
  /// Waits up to `timeoutMilliseconds` for a key; nil when none came (the loop then checks
  /// for changes made by another terminal).
  func readKey(timeoutMilliseconds: Int) -> Key?
  /// True once the terminal has gone (its window was closed); the loop then stops.
  var closed: Bool { get }
}
