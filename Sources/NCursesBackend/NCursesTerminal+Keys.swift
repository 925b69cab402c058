@preconcurrency import CNCursesW
import TerminalUI

extension NCursesTerminal {
  /// Waits up to `timeoutMilliseconds` (negative: until a key comes) for a key; nil when none
  /// came, or for a key the app has no use for.
  public func readKey(timeoutMilliseconds: Int) -> Key? {
    guard let window = activeWindow() else { return nil }
    wtimeout(window, Int32(clamping: max(timeoutMilliseconds, -1)))
    var code: wint_t = 0
    let status = wget_wch(window, &code)
    let key = KeyDecoding.key(status: status, code: UInt32(code))
    if key == .resize {
      // ncurses has resized its screens (its own SIGWINCH handler): write every cell again.
      needsFullRedraw = true
    }
    return key
  }
}
