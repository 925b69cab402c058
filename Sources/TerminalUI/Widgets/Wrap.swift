/// Word wrapping by cell width: lines break between words, never inside a phrase that must be
/// read whole (a phone number) when it fits on a line, and a word wider than the line is broken
/// across lines rather than cut, so no text is lost at any width.
public enum Wrap {
  /// `text` in lines of at most `width` cells; each of `keeping` (the team's phone, the
  /// emergency number) stays on one line wherever it fits in one.
  public static func lines(_ text: String, width: Int, keeping: [String] = []) -> [String] {
    let width = max(1, width)
    var glued = text
    for phrase in keeping where phrase.contains(" ") && TextWidth.of(text: phrase) <= width {
      glued = glued.replacingOccurrences(
        of: phrase, with: phrase.replacingOccurrences(of: " ", with: String(glue)))
    }
    var result: [String] = []
    var line = ""
    for word in glued.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      let candidate = line.isEmpty ? word : line + " " + word
      if cells(candidate) <= width {
        line = candidate
        continue
      }
      if !line.isEmpty { result.append(line) }
      var pieces = broken(word, width: width)
      line = pieces.removeLast()
      result += pieces
    }
    if !line.isEmpty { result.append(line) }
    return result.map { $0.replacingOccurrences(of: String(glue), with: " ") }
  }

  /// Stands for a space inside a kept phrase while lines are made (a private-use character).
  static let glue: Character = "\u{E000}"

  /// Cells taken by a line, a glue counted as the space it stands for.
  static func cells(_ text: String) -> Int {
    TextWidth.of(text: text.replacingOccurrences(of: String(glue), with: " "))
  }

  /// A word in pieces of at most `width` cells, whole graphemes only (one piece when it fits).
  static func broken(_ word: String, width: Int) -> [String] {
    guard cells(word) > width else { return [word] }
    var pieces: [String] = []
    var piece = ""
    for grapheme in word {
      let next = piece + String(grapheme)
      if cells(next) > width, !piece.isEmpty {
        pieces.append(piece)
        piece = String(grapheme)
      } else {
        piece = next
      }
    }
    pieces.append(piece)
    return pieces
  }
}
