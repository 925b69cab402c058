import CNCursesW
import Testing

@testable import NCursesBackend

/// Codeset names, checked without touching the process's locale.
@Suite struct UTF8CodesetNameTests {
  @Test(arguments: [
    ("UTF-8", true), ("utf8", true), ("UTF_8", true), ("ANSI_X3.4-1968", false),
    ("ISO-8859-1", false), ("", false),
  ])
  func recognisesUTF8(codeset: String, isUTF8: Bool) {
    #expect(UTF8Locale.isUTF8(codeset: codeset) == isUTF8)
  }
}

extension NCursesGlobalState {
  /// The locale the screens run in.
  @Suite struct UTF8LocaleTests {
    @Test func aCLocaleFallsBackToCUTF8() {
      setlocale(LC_ALL, "C")
      #expect(!UTF8Locale.isUTF8(codeset: UTF8Locale.currentCodeset))
      let codeset = UTF8Locale.adopt(requested: "C")
      #expect(codeset == "UTF-8")
      #expect(SystemWidth.wcwidth("中") == 2)
    }
  }
}
