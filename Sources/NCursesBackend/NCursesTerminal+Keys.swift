@preconcurrency import CNCursesW
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

extension NCursesTerminal {
  /// Waits up to `timeoutMilliseconds` (negative: until a key comes) for a key; nil when none
  /// came, or for a key the app has no use for.
  public func readKey(timeoutMilliseconds: Int) -> Key? {
    guard let window = activeWindow() else { return nil }
    wtimeout(window, Int32(clamping: max(timeoutMilliseconds, -1)))
    var code: wint_t = 0
    let status = wget_wch(window, &code)
    if status == ERR, inputHungUp() { closed = true }
    if status == KEY_CODE_YES, Int32(truncatingIfNeeded: code) == NCursesTerminal.pasteStart {
      return .paste(readPaste(window))
    }
    let key = KeyDecoding.key(status: status, code: UInt32(code))
    if key == .resize {
      // ncurses has resized its screens (its own SIGWINCH handler): write every cell again.
      needsFullRedraw = true
    }
    return key
  }

  /// The text of a bracketed paste, read up to its end mark (or until the terminal sends
  /// nothing for half a second, or a megabyte has come: the input line's limit refuses more).
  /// Line breaks come as carriage returns in a paste; they are kept as line breaks.
  func readPaste(_ window: UnsafeMutablePointer<WINDOW>) -> String {
    var text = String.UnicodeScalarView()
    wtimeout(window, 500)
    var count = 0
    while count < 1_000_000 {
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      if status == ERR { break }
      if status == KEY_CODE_YES {
        if Int32(truncatingIfNeeded: code) == NCursesTerminal.pasteEnd { break }
        continue
      }
      guard let scalar = Unicode.Scalar(UInt32(code)) else { continue }
      text.append(scalar == "\r" ? "\n" : scalar)
      count += 1
    }
    return String(text)
  }

  /// True when the terminal has gone (its window closed): reads would fail at once forever,
  /// so the app must stop instead of spinning.
  func inputHungUp() -> Bool {
    var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return false }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }
}
