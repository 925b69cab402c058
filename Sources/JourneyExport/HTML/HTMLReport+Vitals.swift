import JourneyCore

extension Report {
  /// One day's readings, each list in time order: temperatures in the journey's unit, heart
  /// rates, blood pressures, oxygen saturations and weights.
  struct DayVitals {
    var temperatures: [Double] = []
    var heartRates: [Int] = []
    var pressures: [(systolic: Int, diastolic: Int)] = []
    var saturations: [Int] = []
    var weights: [Double] = []
  }

  /// The vital signs of every day the daily charts cover, one row a day with a reading, beside
  /// the temperature: heart rate, blood pressure, SpO2 and weight as logged, every reading of
  /// the day in time order. A temperature at or above the fever line is bold and marked ▲, so
  /// it reads in black and white.
  func vitalsSection() -> Markup {
    let unit = journey.temperatureUnit
    let threshold = unit.value(fromCelsius: care.feverThreshold)
    var days: [LocalDate: DayVitals] = [:]
    for entry in entries {
      let date = entry.observedAt.date
      guard (chartStart...chartEnd).contains(date) else { continue }
      switch entry.body {
      case .temperature(let celsius, _):
        days[date, default: DayVitals()].temperatures.append(unit.value(fromCelsius: celsius))
      case .heartRate(let bpm): days[date, default: DayVitals()].heartRates.append(bpm)
      case .bloodPressure(let systolic, let diastolic):
        days[date, default: DayVitals()].pressures.append((systolic, diastolic))
      case .oxygenSaturation(let percent):
        days[date, default: DayVitals()].saturations.append(percent)
      case .weight(let kilograms, _): days[date, default: DayVitals()].weights.append(kilograms)
      default: continue
      }
    }
    let heading = tr("Vital signs by day, %1$s to %2$s", chartStart.shown, chartEnd.shown)
    guard !days.isEmpty else {
      return section(
        "vitals", heading,
        empty(tr("No vital signs logged from %1$s to %2$s.", chartStart.shown, chartEnd.shown)))
    }
    let one = { (value: Double) in Language.current.decimals(Timeline.oneDecimal(value)) }
    let cell = { (values: [String]) -> Markup in
      "<td class=\"num\">\(values.isEmpty ? "–" : values.joined(separator: ", "))</td>"
    }
    let rows = days.keys.sorted().compactMap { date -> Markup? in
      guard let day = days[date] else { return nil }
      let temperatures = day.temperatures.map { value -> Markup in
        value >= threshold - 1e-9
          ? "<strong>▲\u{00A0}\(one(value))</strong>"
          : "\(one(value))"
      }
      return """
        <tr><td class="nowrap">\(dated(date))</td>\
        <td class="num">\(temperatures.isEmpty ? "–" : Markup(joining: temperatures, separator: ", "))</td>\
        \(cell(day.heartRates.map(String.init)))\
        \(cell(day.pressures.map { "\($0.systolic)/\($0.diastolic)" }))\
        \(cell(day.saturations.map(String.init)))\
        \(cell(day.weights.map(one)))</tr>

        """
    }
    let header = Markup(joining: [
      Report.th(tr("Day")), Report.th(tr("Temperature (%s)", unit.symbol), "num"),
      Report.th(tr("Heart rate (/min)"), "num"), Report.th(tr("Blood pressure (mmHg)"), "num"),
      Report.th(tr("SpO2 (%%)"), "num"), Report.th(tr("Weight (kg)"), "num"),
    ])
    let legend = Markup(
      tr(
        "Every reading of the day in time order · %1$s at or above the fever line, %2$s · –: "
          + "not logged that day · days with no reading are not listed", Markup.slot(0),
        "\(one(threshold))\u{00A0}\(unit.symbol)"), "<strong>▲</strong>")
    return section(
      "vitals", heading,
      table("compact vitals", header: header, rows: rows) + "<p class=\"legend\">\(legend)</p>\n")
  }
}
