/// Close matches for a mistyped name (symptom, milestone, phase), by edit distance.
public enum Suggestions {
  public static func closest(to word: String, in candidates: [String], limit: Int) -> [String] {
    let target = Array(word.lowercased())
    let scored = candidates.map { candidate -> (String, Int) in
      let distance = levenshtein(target, Array(candidate.lowercased()))
      let containsBonus = candidate.lowercased().contains(word.lowercased()) ? -2 : 0
      return (candidate, distance + containsBonus)
    }
    let limitDistance = max(2, target.count / 2)
    return scored.filter { $0.1 <= limitDistance }.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
  }

  static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
