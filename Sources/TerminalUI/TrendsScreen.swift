import JourneyCore

/// Temperatures over 7/30/90 days with the fever line, and symptoms by day; ↑/↓ turn to each
/// lab over the whole follow-up against its reference range.
public enum TrendsScreen {
  /// The highest temperature (°C) of each day, oldest first, for the last `days` days.
  public static func dailyMaximum(_ data: JourneyData, days: Int) -> [Double?] {
    let first = data.today.adding(days: -(days - 1))
    var result = [Double?](repeating: nil, count: days)
    for entry in current(data) where entry.observedAt.date >= first && entry.observedAt.date <= data.today {
      guard case .temperature(let celsius, _) = entry.body else { continue }
      let index = first.days(to: entry.observedAt.date)
      result[index] = max(result[index] ?? celsius, celsius)
    }
    return result
  }

  /// The worst severity of each symptom logged in the last `days` days, one row per symptom.
  public static func symptomRows(_ data: JourneyData, days: Int) -> [HeatMap.Row] {
    let first = data.today.adding(days: -(days - 1))
    var rows: [String: [Int?]] = [:]
    for entry in current(data) where entry.observedAt.date >= first && entry.observedAt.date <= data.today {
      guard case .symptom(let name, let severity) = entry.body else { continue }
      let index = first.days(to: entry.observedAt.date)
      var values = rows[name] ?? [Int?](repeating: nil, count: days)
      values[index] = max(values[index] ?? severity, severity)
      rows[name] = values
    }
    return data.care.symptoms.compactMap { symptom in
      rows[symptom.id].map { HeatMap.Row(name: symptom.label, values: $0) }
    }
  }

  /// Entries as they stand after corrections: struck-out ones left out, replacements in.
  static func current(_ data: JourneyData) -> [Entry] {
    var struck: Set<String> = []
    for entry in data.entries {
      if case .correction(let target, _, _) = entry.body { struck.insert(target) }
    }
    return data.entries.compactMap { entry in
      guard !struck.contains(entry.id) else { return nil }
      if case .correction(_, _, let replacement) = entry.body {
        guard let replacement else { return nil }
        var shown = entry
        shown.body = replacement
        return shown
      }
      return entry
    }
  }

  /// The fever threshold from the protocol's red flags (the lowest `temperature >=` rule).
  static func feverThreshold(_ care: CareProtocol) -> Double {
    care.redFlags.compactMap { rule -> Double? in
      if case .atLeast(.temperature, let value) = rule.condition { return value }
      return nil
    }.min() ?? 38.0
  }

  /// Returns what it had to leave out at this size.
  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) -> [String] {
    guard let data = state.data, area.height > 1 else { return [] }
    if state.trendLab != nil {
      let labs = labSeries(data)
      if let index = labs.firstIndex(where: { $0.lab.id == state.trendLab }) {
        return renderLab(
          labs[index], view: index + 2, of: labs.count + 1, data: data, into: &buffer, area: area)
      }
    }
    let days = state.trendDays
    let hasLabs = data.entries.contains { if case .labs = $0.body { true } else { false } }
    let more = hasLabs ? " · ↑/↓ labs" : ""
    buffer.put(
      "Trends · last \(days) days · ←/→ change the period (7, 30, 90)\(more)", x: 1, y: area.y,
      style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let fahrenheit = data.journey.temperatureUnit == .fahrenheit
    let convert: (Double) -> Double = { fahrenheit ? $0 * 9 / 5 + 32 : $0 }
    let threshold = feverThreshold(data.care)
    let first = data.today.adding(days: -(days - 1))
    let labels = (0..<days).map { offset -> String in
      let date = first.adding(days: offset)
      return StudyDay(date: date, journey: data.journey, protocol: data.care).number.map {
        $0 > 0 ? "+\($0)" : "\($0)"
      } ?? String(date.description.suffix(5))
    }
    let chart = TemperatureChart(
      values: dailyMaximum(data, days: days).map { $0.map(convert) }, threshold: convert(threshold),
      unit: fahrenheit ? "°F" : "°C", thresholdLabel: "fever line", dayLabels: labels)
    let rows = symptomRows(data, days: days)
    let body = area.height - 1
    let heatHeight = rows.isEmpty ? 2 : min(rows.count + 2, body / 3)
    let chartHeight = body - (body >= 14 ? heatHeight + 1 : 0)
    chart.render(into: &buffer, x: 0, y: area.y + 1, width: area.width, height: chartHeight)
    guard body >= 14 else { return ["symptom heat map"] }
    let y = area.y + 1 + chartHeight
    buffer.put("Symptoms by day (worst of the day):", x: 1, y: y, style: Style(.accent))
    if rows.isEmpty {
      buffer.put("No symptoms logged in this period.", x: 1, y: y + 1, style: Style(.muted))
    } else {
      HeatMap(rows: rows).render(into: &buffer, x: 0, y: y + 1, width: area.width, height: heatHeight)
    }
    return []
  }
}
