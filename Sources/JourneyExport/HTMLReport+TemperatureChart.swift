import JourneyCore

extension Report {
  /// The temperature chart as inline SVG: every reading a point at its day and time, the
  /// protocol's fever line across with its value in words, readings at or above it drawn as
  /// filled triangles, so a fever reads in black and white.
  func temperatureSection() -> Markup {
    let unit = journey.temperatureUnit
    let readings: [(at: Timestamp, value: Double)] = entries.compactMap { entry in
      guard case .temperature(let celsius, _) = entry.body,
        (chartStart...chartEnd).contains(entry.observedAt.date)
      else { return nil }
      return (entry.observedAt, unit.value(fromCelsius: celsius))
    }
    let threshold = unit.value(fromCelsius: care.feverThreshold)
    let chart = TemperatureSVG(
      readings: readings.map { (chartStart.days(to: $0.at.date), $0.at.secondOfDay, $0.value) },
      days: chartDays, threshold: threshold, unit: unit.symbol,
      dayLabel: { offset in
        let date = chartStart.adding(days: offset)
        return (studyDay(date).offsetLabel ?? "", String(date.description.suffix(5)))
      })
    // A no-break space keeps a value and its unit on one line.
    let degrees = { (value: Double) in "\(Timeline.oneDecimal(value))\u{00A0}\(unit.symbol)" }
    let thresholdText = degrees(threshold)
    var summary: Markup
    if let highest = readings.max(by: { $0.value < $1.value }) {
      let fevers = readings.filter { $0.value >= threshold - 1e-9 }
      let days = Set(readings.map(\.at.date)).count
      let feverDays = Set(fevers.map(\.at.date)).count
      summary = """
        <p class="summary">\(readings.count) reading\(readings.count == 1 ? "" : "s") on \(days) \
        of \(chartDays) days. Highest <strong>\(degrees(highest.value))</strong> on \
        \(dated(highest.at)). \
        <strong>\(fevers.count)</strong> at or above the fever line of \(thresholdText)\
        \(feverDays > 0 ? ", on \(feverDays) day\(feverDays == 1 ? "" : "s")" : "").</p>

        """
    } else {
      summary = empty("No temperatures logged from \(chartStart) to \(chartEnd).")
    }
    let legend: Markup = """
      <p class="legend"><span class="key">○</span> reading \
      <span class="key">▲</span> at or above the fever line \
      <span class="key">– – –</span> fever line, \(thresholdText), from the protocol's red flags \
      · day numbers count from Day 0, the infusion</p>

      """
    summary = "<div class=\"keep\">\n\(summary)\(chart.svg)\(legend)</div>\n"
    return section("temperature", "Temperature, \(chartStart) to \(chartEnd)", summary)
  }
}

/// A coordinate with one decimal, no locale: `12.5`.
func num(_ value: Double) -> String { Timeline.oneDecimal(value) }
