import JourneyCore

extension TrendsScreen {
  /// One lab's values over the whole journey, oldest first.
  public struct LabSeries: Equatable, Sendable {
    /// One value: when it was observed, in the lab's unit, and as typed when typed in another.
    public struct Point: Equatable, Sendable {
      public var at: Timestamp
      public var value: Double
      /// `5.2 g/L`, when the unit typed was not the protocol's; nil otherwise.
      public var typed: String?
    }

    public var lab: LabDefinition
    public var points: [Point]
  }

  /// Every protocol lab with values recorded, in the protocol's order, each value as it stands
  /// after corrections.
  public static func labSeries(_ data: JourneyData) -> [LabSeries] {
    // Drawn on every frame, so nothing is copied: as ``current(_:)`` has them, an entry a
    // correction points at is left out, and a correction counts with its replacement.
    var corrected: Set<String> = []
    for entry in data.entries {
      if case .correction(let target, _, _) = entry.body { corrected.insert(target) }
    }
    var byLab: [String: [LabSeries.Point]] = [:]
    for entry in data.entries where !corrected.contains(entry.id) {
      var body = entry.body
      if case .correction(_, _, let replacement?) = body { body = replacement }
      guard case .labs(let results) = body else { continue }
      for result in results {
        let own =
          data.care.lab(named: result.lab).map {
            LabDefinition.unitKey($0.unit) == LabDefinition.unitKey(result.typedUnit)
          } ?? true
        let typed =
          own ? nil : "\(number(LabDefinition.format(result.typedValue))) \(result.typedUnit)"
        byLab[result.lab, default: []].append(
          LabSeries.Point(at: entry.observedAt, value: result.value, typed: typed))
      }
    }
    return data.care.labs.compactMap { lab in
      byLab[lab.id].map { points in
        LabSeries(
          lab: lab,
          points: points.enumerated().sorted {
            ($0.element.at, $0.offset) < ($1.element.at, $1.offset)
          }.map(\.element))
      }
    }
  }

  /// ↑/↓ on Trends: from the temperatures to each lab with values, and round again.
  static func step(_ state: inout AppState, by step: Int) {
    guard let data = state.data else { return }
    let views: [String?] = [nil] + labSeries(data).map(\.lab.id)
    guard views.count > 1 else {
      state.notice = AppState.Notice(
        kind: .info,
        text: tr(
          "No lab values recorded yet; a visit's labs are recorded with carejourney visit --lab "
            + "NAME=VALUE."))
      return
    }
    let current = views.firstIndex(of: state.trends.lab) ?? 0
    state.trends.lab = views[(current + step + views.count) % views.count]
  }

  /// The words for a lab's reference range: `700–1600 mg/dL`, `up to 0.2 g/g`.
  static func rangeText(_ lab: LabDefinition) -> String {
    let format = { (value: Double) in number(LabDefinition.format(value)) }
    return switch (lab.low.map(format), lab.high.map(format)) {
    case (let low?, let high?): tr("Reference range %1$s–%2$s %3$s", low, high, lab.unit)
    case (let low?, nil): tr("Reference range from %1$s %2$s", low, lab.unit)
    case (nil, let high?): tr("Reference range up to %1$s %2$s", high, lab.unit)
    case (nil, nil): tr("No reference range in the protocol (%s)", lab.unit)
    }
  }

  /// `▼ low`, `▲ high`, `• in range`: a symbol and a word; the word alone when not `marked`
  /// (accessible frames).
  static func statusText(_ lab: LabDefinition, _ value: Double, marked: Bool = true) -> String {
    let status = lab.status(of: value)
    let mark =
      switch status {
      case .low: "▼ "
      case .high: "▲ "
      case .normal: "• "
      case .noRange: ""
      }
    return status.word.map { (marked ? mark : "") + $0 } ?? ""
  }

  /// A lab over the follow-up: the range, a chart with the range as lines (in accessible
  /// frames, a sentence), and the values visit by visit, newest last. Returns what it had to
  /// leave out.
  static func renderLab(
    _ series: LabSeries, view: Int, of views: Int, data: JourneyData, accessible: Bool = false,
    into buffer: inout CellBuffer, area: Area
  ) -> [String] {
    let lab = series.lab
    let width = area.width - 2
    buffer.put(
      AppState.Screen.trends.title + " · \(lab.shownLabel) · " + tr("every visit") + reading(data)
        + " · " + tr("↑/↓ view %1$s of %2$s", String(view), String(views)),
      x: 1, y: area.y,
      style: Style(.accent, bold: true), maxWidth: width)
    let legend =
      accessible || (lab.low == nil && lab.high == nil)
      ? ""
      : " · ▼ " + (LabDefinition.RangeStatus.low.word ?? "") + "  • "
        + (LabDefinition.RangeStatus.normal.word ?? "") + "  ▲ "
        + (LabDefinition.RangeStatus.high.word ?? "")
    buffer.put(
      rangeText(lab) + legend, x: 1, y: area.y + 1, style: Style(.normal), maxWidth: width)
    let body = area.height - 2
    guard body > 0 else { return [tr("lab values")] }
    let labels = series.points.map { point in
      StudyDay(date: point.at.date, journey: data.journey, protocol: data.care).number.map {
        $0 > 0 ? "+\($0)" : "\($0)"
      } ?? String(point.at.date.description.suffix(5))
    }
    let chart = LabChart(lab: lab, values: series.points.map(\.value), labels: labels)
    // The table of visits takes at most half; the chart the rest, and at least 7 rows.
    var chartHeight = max(
      TemperatureChart.minimumSize.height + 2, body - min(series.points.count, body / 2))
    if accessible {
      let room = Area(x: area.x, y: area.y + 2, width: area.width, height: body)
      let (next, _) = put(sentences: [chart.sentence()], into: &buffer, area: room, y: room.y)
      chartHeight = next - room.y + 1
    } else {
      chart.render(
        into: &buffer, x: 0, y: area.y + 2, width: area.width, height: min(chartHeight, body))
    }
    let rows = body - chartHeight
    guard rows > 0 else { return [tr("the table of visits")] }
    var shown = series.points
    var y = area.y + 2 + chartHeight
    if shown.count > rows {
      shown = Array(shown.suffix(rows - 1))
      let earlier = series.points.count - shown.count
      buffer.put(
        trn(
          "%d earlier visit is in the chart; carejourney timeline lists them all",
          "%d earlier visits are in the chart; carejourney timeline lists them all",
          count: earlier),
        x: 2, y: y, style: Style(.muted), maxWidth: width - 1)
      y += 1
    }
    for point in shown {
      let day = StudyDay(date: point.at.date, journey: data.journey, protocol: data.care).label
      let value =
        "\(number(LabDefinition.format(point.value))) \(lab.unit)"
        + (point.typed.map { " (\($0))" } ?? "")
      let status = statusText(lab, point.value, marked: !accessible)
      let date = Language.current.numericDate(point.at.date)
      let text = "\(pad(day, 19)) \(date)  \(pad(value, 24)) "
      let used = buffer.put(text, x: 2, y: y, style: Style(.normal), maxWidth: width - 1)
      let outside = lab.status(of: point.value) == .low || lab.status(of: point.value) == .high
      buffer.put(
        status, x: 2 + used, y: y, style: outside ? Style(.warning, bold: true) : Style(.ok),
        maxWidth: max(0, width - 1 - used))
      y += 1
    }
    return shown.count < series.points.count ? [tr("earlier visits in the table")] : []
  }

  static func pad(_ text: String, _ width: Int) -> String { TextWidth.padded(text, to: width) }

  /// A number as ``Language/current`` writes it (`6,2` in German).
  static func number(_ english: String) -> String { Language.current.number(english) }
}
