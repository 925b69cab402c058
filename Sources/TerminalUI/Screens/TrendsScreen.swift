import JourneyCore

/// Temperatures over 7/30/90 days with the fever line, and symptoms by day; ↑/↓ turn to each
/// lab over the whole follow-up against its reference range.
public enum TrendsScreen {
  /// The highest temperature (°C) of each day, oldest first, for the last `days` days.
  public static func dailyMaximum(_ data: JourneyData, days: Int) -> [Double?] {
    DailyTrends.dailyMaximum(
      DailyTrends.current(data.entries), from: data.today.adding(days: -(days - 1)), days: days)
  }

  /// The worst severity of each symptom logged in the last `days` days, one row per symptom.
  public static func symptomRows(_ data: JourneyData, days: Int) -> [HeatMap.Row] {
    DailyTrends.symptoms(
      DailyTrends.current(data.entries), care: data.care,
      from: data.today.adding(days: -(days - 1)), days: days
    ).map { HeatMap.Row(name: $0.label, values: $0.values, happensOnly: $0.happensOnly) }
  }

  /// Returns what it had to leave out at this size.
  /// ` · reading older days…` while the days before the first frame's are still being read
  /// (the 30- and 90-day charts and the labs of older visits are not whole yet), else nothing.
  static func reading(_ data: JourneyData) -> String {
    data.historyComplete ? "" : " · " + tr("reading older days…")
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) -> [String] {
    guard let data = state.data, area.height > 1 else { return [] }
    if state.trends.lab != nil {
      let labs = labSeries(data)
      if let index = labs.firstIndex(where: { $0.lab.id == state.trends.lab }) {
        return renderLab(
          labs[index], view: index + 2, of: labs.count + 1, data: data,
          accessible: state.accessible, into: &buffer, area: area)
      }
    }
    let days = state.trends.days
    let hasLabs = data.entries.contains { if case .labs = $0.body { true } else { false } }
    let more = hasLabs ? " · " + tr("↑/↓ labs") : ""
    buffer.put(
      AppState.Screen.trends.title + " · " + tr("last %s days", String(days)) + reading(data)
        + " · " + tr("←/→ change the period (7, 30, 90)") + more,
      x: 1, y: area.y,
      style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let unit = data.journey.temperatureUnit
    let convert = unit.value(fromCelsius:)
    let threshold = data.care.feverThreshold
    let first = data.today.adding(days: -(days - 1))
    let labels = (0..<days).map { offset -> String in
      let date = first.adding(days: offset)
      return StudyDay(date: date, journey: data.journey, protocol: data.care).offsetLabel
        ?? String(date.description.suffix(5))
    }
    let chart = TemperatureChart(
      values: dailyMaximum(data, days: days).map { $0.map(convert) }, threshold: convert(threshold),
      unit: unit.symbol, thresholdLabel: tr("fever line"), dayLabels: labels)
    let rows = symptomRows(data, days: days)
    if state.accessible {
      let period = tr("last %s days", String(days))
      let symptoms =
        rows.isEmpty
        ? [tr("No symptoms logged in this period.")]
        : [tr("Symptoms, worst of each day, %s, oldest first:", period)]
          + HeatMap(rows: rows).sentences()
      let (_, whole) = put(
        sentences: chart.sentences(period: period) + symptoms,
        keeping: [
          "\(Language.current.number(ChartScale.label(chart.threshold))) \(chart.unit)"
        ], into: &buffer, area: area, y: area.y + 1)
      return whole ? [] : [tr("some sentences")]
    }
    let body = area.height - 1
    let heatHeight = rows.isEmpty ? 2 : min(rows.count + 2, body / 3)
    let chartHeight = body - (body >= 14 ? heatHeight + 1 : 0)
    chart.render(into: &buffer, x: 0, y: area.y + 1, width: area.width, height: chartHeight)
    guard body >= 14 else { return [tr("symptom heat map")] }
    let y = area.y + 1 + chartHeight
    let perCell = HeatMap(rows: rows).daysPerCell(width: area.width)
    let heading =
      perCell > 1
      ? tr("Symptoms, worst of each %s days (newest right):", String(perCell))
      : tr("Symptoms by day (worst of the day):")
    buffer.put(heading, x: 1, y: y, style: Style(.accent), maxWidth: area.width - 2)
    if rows.isEmpty {
      buffer.put(tr("No symptoms logged in this period."), x: 1, y: y + 1, style: Style(.muted))
    } else {
      HeatMap(rows: rows).render(
        into: &buffer, x: 0, y: y + 1, width: area.width, height: heatHeight)
    }
    return []
  }
}
