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
      labels.first.flatMap { first in labels.last.map { (first, $0) } }
    }
    let summary =
      span.map { tr("Temperature, %1$s (%2$s to %3$s)", period, $0.0, $0.1) }
      ?? tr("Temperature, %s", period)
    let readings = values.map { value in value.flatMap { $0.isFinite ? $0 : nil } }
    guard readings.contains(where: { $0 != nil }) else {
      return [tr("%s: no reading on any day.", summary)]
    }
    let number = { (value: Double) in Language.current.number(ChartScale.label(value)) }
    let line = tr("the %1$s (%2$s %3$s)", thresholdLabel, number(threshold), unit)
    let high = readings.indices.filter { readings[$0].map { $0 >= threshold } ?? false }
    let names = high.map { index in
      dayLabels.flatMap { index < $0.count ? $0[index] : nil } ?? tr("day %s", String(index + 1))
    }
    let days = readings.map { value -> ChartSentences.Day in
      guard let value else { return ChartSentences.Day(word: tr("no reading")) }
      let note =
        value > threshold
        ? tr(" (above the %s)", thresholdLabel)
        : value == threshold ? tr(" (at the %s)", thresholdLabel) : ""
      return ChartSentences.Day(word: number(value), note: note)
    }
    let list = tr(", ", context: "list")
    return [
      high.isEmpty
        ? tr("%1$s: no day at or above %2$s.", summary, line)
        : tr(
          "%1$s: at or above %2$s on %3$s: %4$s.", summary, line, ChartSentences.days(high.count),
          names.joined(separator: list)),
      tr(
        "Highest temperature each day, %1$s, in %2$s: %3$s.", period, unit,
        ChartSentences.runs(days)),
    ]
  }
}
