import JourneyCore

/// Temperatures over 7/30/90 days with the 38.0 °C line, and symptoms by day.
public enum TrendsScreen {
  /// The highest temperature (°C) of each day, oldest first, for the last `days` days.
  public static func dailyMaximum(_ data: JourneyData, days: Int) -> [Double?] {
    let first = data.today.adding(days: -(days - 1))
    var result = [Double?](repeating: nil, count: days)
    for entry in data.entries where entry.observedAt.date >= first && entry.observedAt.date <= data.today {
      guard case .temperature(let celsius, _) = entry.body else { continue }
      let index = first.days(to: entry.observedAt.date)
      result[index] = max(result[index] ?? celsius, celsius)
    }
    return result
  }

  /// Returns what it had to leave out at this size.
  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) -> [String] {
    guard let data = state.data, area.height > 1 else { return [] }
    buffer.put(
      "Trends · last \(state.trendDays) days · ←/→ change the period", x: 1, y: area.y,
      style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let temps = dailyMaximum(data, days: state.trendDays)
    let shown = temps.compactMap { $0 }
    let fevers = shown.filter { $0 >= 38.0 }.count
    let summary = shown.isEmpty
      ? "No temperatures in this period."
      : "Highest \(Timeline.formatTemperature(shown.max() ?? 0, unit: data.journey.temperatureUnit)) · \(fevers) day(s) at or above 38.0 °C"
    buffer.put(summary, x: 1, y: area.y + 1, style: fevers > 0 ? Style(.warning, bold: true) : Style(.normal), maxWidth: area.width - 2)
    return []
  }
}
