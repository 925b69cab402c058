import JourneyCore

extension Report {
  /// Days a heat map table shows side by side; more days wrap into another table.
  static let heatMapColumns = 31
  /// Millimetres for the symptom names and for each day.
  static let heatMapNameWidth = 40.0
  static let heatMapDayWidth = 4.6

  /// Symptoms by day: one row a symptom, one cell a day holding the worst severity logged, as a
  /// shade and as the number (the word "yes" for a symptom logged only as happened), so it
  /// reads in black and white. Over more than a month only the
  /// days with a symptom logged get a column.
  func symptomSection() -> Markup {
    let rows = DailyTrends.symptoms(entries, care: care, from: chartStart, days: chartDays)
    let heading = tr("Symptoms by day, %1$s to %2$s", chartStart.shown, chartEnd.shown)
    guard !rows.isEmpty else {
      return section(
        "symptoms", heading,
        empty(tr("No symptoms logged from %1$s to %2$s.", chartStart.shown, chartEnd.shown)))
    }
    let allDays = Array(0..<chartDays)
    let compact = chartDays > Report.heatMapColumns
    let days = compact ? allDays.filter { day in rows.contains { $0.values[day] != nil } } : allDays
    let logged = tr(
      "Symptoms were logged on %1$s of the %2$s days; only those days are shown.",
      String(days.count), String(chartDays))
    var body: Markup = compact ? "<p class=\"summary\">\(logged)</p>\n" : ""
    for start in stride(from: 0, to: days.count, by: Report.heatMapColumns) {
      let shown = Array(days[start..<min(days.count, start + Report.heatMapColumns)])
      body = "\(body)\(heatMapTable(rows: rows, days: shown))"
    }
    let words = Timeline.severityLabels.enumerated().map { grade, word -> Markup in
      "<span class=\"cell g\(grade)\">\(grade)</span> \(word)"
    }
    let worst = tr("Worst severity of the day (PRO-CTCAE):")
    let blank = tr("blank: not logged")
    let legend: Markup = """
      <p class="legend">\(worst) \
      \(Markup(joining: words, separator: " ")) · \(blank)</p>

      """
    return section("symptoms", heading, "\(body)\(legend)")
  }

  /// One table of the heat map: the day header (study day and date, written upwards) and a row
  /// a symptom.
  func heatMapTable(rows: [DailyTrends.SymptomSeries], days: [Int]) -> Markup {
    let header = days.map { day -> Markup in
      let date = chartStart.adding(days: day)
      let study = studyDay(date).offsetLabel.map { "\($0) · " } ?? ""
      return
        "<th class=\"day\" scope=\"col\"><span>\(study)\(Report.monthDay(date))</span></th>"
    }
    let happened = Timeline.happenedLabels(in: Language.current)
    let body = rows.map { row -> Markup in
      let present = care.symptoms.first { $0.id == row.id }?.scale == .present
      let cells = days.map { day -> Markup in
        guard let value = row.values[day] else { return "<td></td>" }
        // A symptom logged only as happened shows the word, shaded as the worst grade.
        if present {
          let word = happened[value > 0 ? 1 : 0]
          return "<td class=\"g\(value > 0 ? 4 : 0)\">\(word)</td>"
        }
        let grade = (0...4).contains(value) ? "\(value)" : "x"
        return "<td class=\"g\(grade)\">\(value)</td>"
      }
      return "<tr><th scope=\"row\">\(row.label)</th>\(cells)</tr>\n"
    }
    // A fixed layout with the width stated keeps every day column the same width.
    let width = Report.heatMapNameWidth + Double(days.count) * Report.heatMapDayWidth
    let corner = tr("Symptom")
    return """
      <table class="heatmap" style="width: \(num(width))mm">
      <colgroup><col class="name"><col class="day" span="\(days.count)"></colgroup>
      <thead><tr><th scope="col" class="corner">\(corner)</th>\(header)</tr></thead>
      <tbody>
      \(body)</tbody>
      </table>

      """
  }
}
