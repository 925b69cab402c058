import JourneyCore

extension TemperatureChart {
  /// The chart in words, for accessible frames: first the days at or above the threshold, by
  /// their labels (what must not be missed comes first, should the rest be cut); then each
  /// day's highest reading, oldest first, `no reading` for a day without one, each reading at
  /// or above the threshold said so.
  ///
  /// ```
  /// Temperature, last 7 days (+177 to +183): at or above the fever line (38.0 °C) on 1 day:
  /// +183.
  /// Highest temperature each day, last 7 days, in °C: 36.9, no reading for 2 days, 36.6, no
  /// reading for 2 days, 38.4 (above the fever line).
  /// ```
  public func sentences(period: String) -> [String] {
    let span = dayLabels.flatMap { labels in
      labels.first.flatMap { first in labels.last.map { " (\(first) to \($0))" } }
    }
    let summary = "Temperature, \(period)\(span ?? "")"
    let readings = values.map { value in value.flatMap { $0.isFinite ? $0 : nil } }
    guard readings.contains(where: { $0 != nil }) else {
      return ["\(summary): no reading on any day."]
    }
    let line = "the \(thresholdLabel) (\(ChartScale.label(threshold)) \(unit))"
    let high = readings.indices.filter { readings[$0].map { $0 >= threshold } ?? false }
    let names = high.map { index in
      dayLabels.flatMap { index < $0.count ? $0[index] : nil } ?? "day \(index + 1)"
    }
    let days = readings.map { value -> ChartSentences.Day in
      guard let value else { return ChartSentences.Day(word: "no reading") }
      let note =
        value > threshold
        ? " (above the \(thresholdLabel))"
        : value == threshold ? " (at the \(thresholdLabel))" : ""
      return ChartSentences.Day(word: ChartScale.label(value), note: note)
    }
    return [
      high.isEmpty
        ? "\(summary): no day at or above \(line)."
        : "\(summary): at or above \(line) on \(ChartSentences.days(high.count)): "
          + names.joined(separator: ", ") + ".",
      "Highest temperature each day, \(period), in \(unit): \(ChartSentences.runs(days)).",
    ]
  }
}
