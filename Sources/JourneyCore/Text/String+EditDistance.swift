extension String {
  /// Edit distance for typos: the fewest single-character insertions, deletions, substitutions
  /// and swaps of two neighbouring characters that turn `self` into `other` (optimal string
  /// alignment), so `nmae` is one edit from `name`, as a person would count it.
  func editDistance(to other: String) -> Int {
    let a = Array(self)
    let b = Array(other)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}

/// The candidates whose names are close to `text`, closest first, at most `limit`.
///
/// A name is close when it is within a third of the typed length in edits (at least one), or
/// starts with what was typed (3 characters or more): `chils` finds `chills` and `short` finds
/// `shortness-of-breath`, but `xyzzy` does not find `dizzy`. Ties keep the candidates' order.
func closestMatches<T>(
  to text: String, in candidates: [T], names: (T) -> [String], limit: Int
) -> [T] {
  let allowed = Swift.max(1, text.count / 3)
  var scored: [(score: Int, index: Int)] = []
  for (index, candidate) in candidates.enumerated() {
    let scores = names(candidate).map { name -> Int in
      if text.count >= 3, name.hasPrefix(text) { return 1 }
      return name.editDistance(to: text)
    }
    if let best = scores.min(), best <= allowed {
      scored.append((best, index))
    }
  }
  scored.sort { ($0.score, $0.index) < ($1.score, $1.index) }
  return scored.prefix(Swift.max(0, limit)).map { candidates[$0.index] }
}
