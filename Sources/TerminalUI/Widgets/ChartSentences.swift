import JourneyCore

/// What the charts' sentences share (accessible frames, ``AccessibleMode``): a value a day in
/// words, oldest first, and days in a row that say the same said once with their count.
enum ChartSentences {
  /// One day's (or visit's) words: the value, and what follows it (` (above the fever line)`).
  struct Day: Equatable {
    var word: String
    var note = ""
  }

  /// `36.9, no reading for 2 days, 38.4 (above the fever line)`.
  static func runs(_ days: [Day]) -> String {
    var parts: [String] = []
    var index = 0
    while index < days.count {
      var end = index + 1
      while end < days.count, days[end] == days[index] { end += 1 }
      let count = end - index
      let day = days[index]
      let word = count > 1 ? tr("%1$s for %2$s days", day.word, String(count)) : day.word
      parts.append(word + day.note)
      index = end
    }
    return parts.joined(separator: tr(", ", context: "list"))
  }

  /// `1 day`, `3 days`.
  static func days(_ count: Int) -> String {
    trn("%d day", "%d days", count: count)
  }
}
