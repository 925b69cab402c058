/// One non-blank line of a line file, as raw text.
public struct StoredLine: Equatable, Sendable {
  /// The 1-based line number in the file, counting blank lines too, as an editor would.
  public let number: Int
  /// The line's text, without its newline.
  public let text: String
  /// True only for a last line that has no newline after it: the write was cut off.
  public let isTorn: Bool

  /// Makes a line.
  public init(number: Int, text: String, isTorn: Bool = false) {
    self.number = number
    self.text = text
    self.isTorn = isTorn
  }
}
