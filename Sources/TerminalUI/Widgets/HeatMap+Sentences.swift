import JourneyCore

extension HeatMap {
  /// The heat map in words, for accessible frames: a sentence a symptom, its worst severity
  /// each day, oldest first, `not logged` for a day without one.
  ///
  /// `Headache: not logged for 4 days, mild, moderate, none.`
  public func sentences() -> [String] {
    let days = rows.map(\.values.count).max() ?? 0
    let happenedWords = Timeline.happenedLabels(in: Language.current)
    return rows.map { row in
      let words = (0..<days).map { day -> ChartSentences.Day in
        guard day < row.values.count, let value = row.values[day] else {
          return ChartSentences.Day(word: tr("not logged", context: "chart"))
        }
        if row.happensOnly { return ChartSentences.Day(word: happenedWords[min(1, max(0, value))]) }
        let known = HeatMap.severityWords.indices.contains(value)
        return ChartSentences.Day(
          word: known
            ? HeatMap.severityWords[value] : tr("unknown severity %s", String(value)))
      }
      return tr("%1$s: %2$s.", row.name, ChartSentences.runs(words), context: "chart")
    }
  }
}
