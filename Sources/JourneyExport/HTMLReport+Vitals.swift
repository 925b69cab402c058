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
    let heading = "Vital signs by day, \(chartStart) to \(chartEnd)"
    guard !days.isEmpty else {
      return section(
        "vitals", heading, empty("No vital signs logged from \(chartStart) to \(chartEnd)."))
    }
    let cell = { (values: [String]) -> Markup in
      "<td class=\"num\">\(values.isEmpty ? "–" : values.joined(separator: ", "))</td>"
    }
    let rows = days.keys.sorted().compactMap { date -> Markup? in
      guard let day = days[date] else { return nil }
      let temperatures = day.temperatures.map { value -> Markup in
        value >= threshold - 1e-9
          ? "<strong>▲\u{00A0}\(Timeline.oneDecimal(value))</strong>"
          : "\(Timeline.oneDecimal(value))"
      }
      return """
        <tr><td class="nowrap">\(dated(date))</td>\
        <td class="num">\(temperatures.isEmpty ? "–" : Markup(joining: temperatures, separator: ", "))</td>\
        \(cell(day.heartRates.map(String.init)))\
        \(cell(day.pressures.map { "\($0.systolic)/\($0.diastolic)" }))\
        \(cell(day.saturations.map(String.init)))\
        \(cell(day.weights.map(Timeline.oneDecimal)))</tr>

        """
    }
    let header: Markup = """
      <th scope="col">Day</th><th scope="col" class="num">Temperature (\(unit.symbol))</th>\
      <th scope="col" class="num">Heart rate (/min)</th>\
      <th scope="col" class="num">Blood pressure (mmHg)</th>\
      <th scope="col" class="num">SpO2 (%)</th><th scope="col" class="num">Weight (kg)</th>
      """
    let legend: Markup = """
      <p class="legend">Every reading of the day in time order · <strong>▲</strong> at or above \
      the fever line, \(Timeline.oneDecimal(threshold))\u{00A0}\(unit.symbol) · –: not logged \
      that day · days with no reading are not listed</p>

      """
    return section(
      "vitals", heading, table("compact vitals", header: header, rows: rows) + legend)
  }
}
