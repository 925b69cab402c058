@preconcurrency import CNCursesW

/// The terminal's width function, as ncurses and the terminal count cells.
public enum SystemWidth {
  /// `wcwidth` for one scalar (-1 for non-printable, or under a non-UTF-8 locale).
  public static func wcwidth(_ scalar: Unicode.Scalar) -> Int {
    Int(cn_wcwidth(wchar_t(bitPattern: scalar.value)))
  }
}
