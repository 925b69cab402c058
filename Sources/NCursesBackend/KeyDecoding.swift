@preconcurrency import CNCursesW
import TerminalUI

/// Turns what `wget_wch` returned into a `Key`, so reading keys stays a thin wrapper.
enum KeyDecoding {
  /// The key for `wget_wch`'s status (`OK`, `KEY_CODE_YES`, `ERR`) and the code it stored.
  ///
  /// nil on `ERR` (the timeout passed) and for keys the app has no use for (F13 and up,
  /// mouse events, NUL and the rarer control characters), which the loop treats like a timeout.
  static func key(status: Int32, code: UInt32) -> Key? {
    switch status {
    case OK: return character(code)
    case KEY_CODE_YES: return function(Int32(truncatingIfNeeded: code))
    default: return nil
    }
  }

  /// A code point typed as text: printable characters and the control keys.
  static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 127: return .backspace
    case 1...26:
      guard let letter = Unicode.Scalar(code + 0x60) else { return nil }
      return .control(Character(letter))
    case 0..<32, 0x80..<0xA0:
      return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A key ncurses decoded from an escape sequence (`keypad` mode).
  static func function(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_DC: return .delete
    case KEY_BACKSPACE: return .backspace
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_RESIZE: return .resize
    case cn_key_f(1)...cn_key_f(12): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }
}
