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
        return (studyDay(date).offsetLabel ?? "", Report.monthDay(date))
      })
    // A no-break space keeps a value and its unit on one line.
    let degrees = { (value: Double) in
      "\(Language.current.decimals(Timeline.oneDecimal(value)))\u{00A0}\(unit.symbol)"
    }
    let thresholdText = degrees(threshold)
    var summary: Markup
    if let highest = readings.max(by: { $0.value < $1.value }) {
      let fevers = readings.filter { $0.value >= threshold - 1e-9 }
      let days = Set(readings.map(\.at.date)).count
      let feverDays = Set(fevers.map(\.at.date)).count
      let counted = tr(
        "%1$s on %2$s of %3$s days.", trn("%d reading", "%d readings", count: readings.count),
        String(days), String(chartDays))
      let top = Markup(
        tr("Highest %1$s on %2$s.", Markup.slot(0), Markup.slot(1)),
        "<strong>\(degrees(highest.value))</strong>", dated(highest.at))
      let count: Markup = "<strong>\(fevers.count)</strong>"
      let atOrAbove =
        feverDays > 0
        ? Markup(
          tr(
            "%1$s at or above the fever line of %2$s, on %3$s.", Markup.slot(0), thresholdText,
            trn("%d day", "%d days", count: feverDays)), count)
        : Markup(
          tr("%1$s at or above the fever line of %2$s.", Markup.slot(0), thresholdText), count)
      summary = "<p class=\"summary\">\(counted) \(top) \(atOrAbove)</p>\n"
    } else {
      summary = empty(
        tr("No temperatures logged from %1$s to %2$s.", chartStart.shown, chartEnd.shown))
    }
    let reading = tr("reading", context: "chart legend")
    let above = tr("at or above the fever line")
    let line = tr(
      "fever line, %s, from the protocol's red flags · day numbers count from Day 0, the "
        + "infusion", thresholdText)
    let legend: Markup = """
      <p class="legend"><span class="key">○</span> \(reading) \
      <span class="key">▲</span> \(above) \
      <span class="key">– – –</span> \(line)</p>

      """
    summary = "<div class=\"keep\">\n\(summary)\(chart.svg)\(legend)</div>\n"
    let heading = tr("Temperature, %1$s to %2$s", chartStart.shown, chartEnd.shown)
    return section("temperature", heading, summary)
  }
}

/// A coordinate with one decimal, no locale: `12.5`.
func num(_ value: Double) -> String { Timeline.oneDecimal(value) }
