/// Close matches for a mistyped name (milestone, phase, key), closest first.
public enum Suggestions {
  /// Candidates within a few edits of `word`, or starting with it; see `closestMatches`.
  public static func closest(to word: String, in candidates: [String], limit: Int) -> [String] {
    closestMatches(
      to: word.lowercased(), in: candidates, names: { [$0.lowercased()] }, limit: limit)
  }
}
