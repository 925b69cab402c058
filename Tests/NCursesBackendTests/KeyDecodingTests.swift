import CNCursesW
import Testing

@testable import NCursesBackend
@testable import TerminalUI

/// What `wget_wch` returns, as keys.
@Suite struct KeyDecodingTests {
  @Test(arguments: [
    (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
    (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
    (KEY_DC, .delete), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab),
    (KEY_ENTER, .enter), (KEY_RESIZE, .resize),
    (KEY_F0 + 1, .function(1)), (KEY_F0 + 5, .function(5)), (KEY_F0 + 12, .function(12)),
  ])
  func decodesKeyCodes(code: Int32, key: Key) {
    #expect(KeyDecoding.key(status: KEY_CODE_YES, code: UInt32(code)) == key)
  }

  @Test(arguments: [
    (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace),
    (1, .control("a")), (3, .control("c")), (8, .control("h")), (26, .control("z")),
    (0x61, .character("a")), (0x20, .character(" ")), (0x3F, .character("?")),
    (0xE9, .character("é")), (0x4E2D, .character("中")), (0x1F642, .character("🙂")),
  ])
  func decodesTypedCharacters(code: UInt32, key: Key) {
    #expect(KeyDecoding.key(status: OK, code: code) == key)
  }

  @Test(arguments: [UInt32(0), 28, 31, 0x80, 0x9B, 0xD800])
  func ignoresUnprintableCodes(code: UInt32) {
    #expect(KeyDecoding.key(status: OK, code: code) == nil)
  }

  @Test(arguments: [KEY_F0 + 13, KEY_MOUSE, KEY_F0])
  func ignoresKeysTheAppDoesNotUse(code: Int32) {
    #expect(KeyDecoding.key(status: KEY_CODE_YES, code: UInt32(code)) == nil)
  }

  @Test func timeoutIsNoKey() {
    #expect(KeyDecoding.key(status: ERR, code: 0x61) == nil)
  }
}
