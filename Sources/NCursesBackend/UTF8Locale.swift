@preconcurrency import CNCursesW

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts the process in a UTF-8 locale, so ncursesw draws wide glyphs and combining marks.
///
/// Under `LC_ALL=C`, ncursesw drops every non-ASCII character and `wcwidth` returns -1
/// (ncurses-on-linux.md §3.3); `C.UTF-8` keeps the user's other settings and draws them.
enum UTF8Locale {
  /// Sets the locale named by `requested` ("" means: from the environment) and falls back to
  /// `C.UTF-8` when its codeset is not UTF-8. Returns the codeset in effect afterwards.
  @discardableResult
  static func adopt(requested: String = "") -> String {
    setlocale(LC_ALL, requested)
    if !isUTF8(codeset: currentCodeset) {
      setlocale(LC_ALL, "C.UTF-8")
    }
    return currentCodeset
  }

  /// The codeset of the current locale, as `nl_langinfo` names it (`UTF-8`, `ANSI_X3.4-1968`).
  static var currentCodeset: String {
    guard let name = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: name)
  }

  /// True for every spelling of UTF-8 a C library uses (`UTF-8`, `utf8`).
  static func isUTF8(codeset: String) -> Bool {
    let letters = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    return letters == "utf8"
  }
}
