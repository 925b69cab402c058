extension TextWidth {
  /// `text` with spaces after it up to `width` cells (none when it is as wide or wider): a
  /// column that stays aligned when a word takes two cells a character (Chinese), which
  /// `padding(toLength:)`, counting characters, does not keep.
  public static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text: text)))
  }
}
