import JourneyCore

/// What every section of the report reads: the input, the entries as they stand after
/// corrections, the report's period and the days the daily charts cover.
struct Report {
  let input: ExportInput
  /// Entries after corrections, oldest first (ties in the order they were read).
  let entries: [Entry]
  /// The same, limited to the report's period (`--from`/`--to`).
  let inPeriod: [Entry]
  /// The first day of the temperature chart and the heat map.
  let chartStart: LocalDate
  /// How many days they cover.
  let chartDays: Int
  /// The alerts in force as of the report, as the app shows them (``RedFlags/active(journey:
  /// entries:protocol:now:hours:)``).
  let active: [Alert]
  /// The red flags the entries of the period raised, in the order of the entries.
  let raised: [Alert]
  /// Added to each section's `id` (`alerts-en`) for the second language of a report in two,
  /// so every id on the page stays unique; empty for the first.
  var idSuffix = ""

  /// Days the daily charts cover when no `--from` is given: the last this many days with
  /// readings.
  static let defaultChartDays = 30

  /// The report of every entry in `input`, its alerts judged from them.
  init(_ input: ExportInput) {
    self.init(input, alerts: nil)
  }

  /// The report of the entries in `input`; with `alerts`, judged already (``ReportDays`` keeps
  /// only the entries the sections show, and judges every entry as it reads the days).
  init(_ input: ExportInput, alerts: (active: [Alert], raised: [Alert])?) {
    self.input = input
    // Ten years are 40,000 entries: sorted through their indices, and not copied at all when
    // they come in order (as the day files give them) or the period is the whole journey.
    let current = DailyTrends.current(input.entries)
    let order = current.indices.sorted { a, b in
      current[a].observedAt != current[b].observedAt
        ? current[a].observedAt < current[b].observedAt : a < b
    }
    entries = order.elementsEqual(current.indices) ? current : order.map { current[$0] }
    inPeriod =
      input.isWholeJourney ? entries : entries.filter { input.includes($0.observedAt.date) }
    (chartStart, chartDays) = Report.chartRange(input: input, entries: entries)
    if let alerts {
      (active, raised) = alerts
    } else {
      active = RedFlags.active(
        journey: input.journey, entries: input.entries, protocol: input.care, now: input.now)
      // For the whole journey the entries judged are all there are: the rules need no second
      // copy of them to compare with.
      let whole = input.isWholeJourney
      let periodEntries =
        whole ? input.entries : input.entries.filter { input.includes($0.observedAt.date) }
      raised = RedFlags.alerts(
        for: periodEntries, in: whole ? nil : input.entries, journey: input.journey,
        protocol: input.care)
    }
  }

  /// `--from` to `--to` (today when not given) when a start is given; otherwise the 30 days
  /// ending on the last day with a temperature or a symptom logged (up to `--to` or today), so a
  /// report made after a quiet spell still shows the readings there are.
  static func chartRange(input: ExportInput, entries: [Entry]) -> (LocalDate, Int) {
    let end = chartEnd(input)
    if let from = input.from {
      return (from, max(1, from.days(to: end) + 1))
    }
    let lastReading = entries.last { entry in
      entry.observedAt.date <= end && placesCharts(entry.body)
    }?.observedAt.date
    let last = lastReading ?? end
    return (last.adding(days: -(defaultChartDays - 1)), defaultChartDays)
  }

  /// Every part of the report in order, in ``Language/current``; a part with nothing to say is
  /// empty.
  func sections() -> [Markup] {
    [
      masthead(), problemsNotice(), alertsSection(), temperatureSection(), vitalsSection(),
      symptomSection(), redFlagSection(), labsSection(), assessmentSection(),
      medicationSection(), gradingSection(), neuroCheckSection(), milestoneSection(),
      notesSection(),
      correctionsSection(), footer(),
    ]
  }

  var chartEnd: LocalDate { chartStart.adding(days: chartDays - 1) }

  /// The last day the daily charts may end on: `--to`, else today (or `--from`, when later).
  static func chartEnd(_ input: ExportInput) -> LocalDate {
    input.to ?? max(input.today, input.from ?? input.today)
  }

  /// Whether an entry's body is one the daily charts draw (temperature, vital signs,
  /// symptoms): the only entries a report leaves out of what it keeps outside their days.
  static func isCharted(_ body: Entry.Body) -> Bool {
    switch body {
    case .temperature, .heartRate, .bloodPressure, .oxygenSaturation, .weight, .symptom: true
    default: false
    }
  }

  /// Whether a body counts as a reading that places the charts (a temperature or a symptom).
  static func placesCharts(_ body: Entry.Body) -> Bool {
    switch body {
    case .temperature, .symptom: true
    default: false
    }
  }

  /// The last day the report speaks of: `--to`, else the day it is made.
  var periodEnd: LocalDate { input.to ?? input.today }

  var journey: Journey { input.journey }
  var care: CareProtocol { input.care }

  func studyDay(_ date: LocalDate) -> StudyDay {
    StudyDay(date: date, journey: journey, protocol: care)
  }

  /// `2026-05-26 · Day +3`, the date as the report's language writes it.
  func dated(_ date: LocalDate) -> Markup {
    guard let day = studyDay(date).dayLabel else { return "\(date.shown)" }
    return "\(date.shown) <span class=\"day\">\(day)</span>"
  }

  /// `2026-05-26 14:00 · Day +3`.
  func dated(_ at: Timestamp) -> Markup {
    guard let day = studyDay(at.date).dayLabel else { return "\(at.shown)" }
    return "\(at.shown) <span class=\"day\">\(day)</span>"
  }

  /// `05-26` under a chart's day (`26.05.` in German, `26/05` in Spanish).
  static func monthDay(_ date: LocalDate) -> String {
    let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    let (month, day) = (two(date.month), two(date.day))
    return switch Language.current {
    case .english, .simplifiedChinese: "\(month)-\(day)"
    case .german: "\(day).\(month)."
    case .spanish: "\(day)/\(month)"
    }
  }

  /// A number as the protocol's values are written (at most two decimals), with the report's
  /// decimal separator: `0,85` in German.
  func decimal(_ value: Double) -> String {
    Language.current.decimals(LabDefinition.format(value))
  }

  /// The report's language for alerts: what the app told the patient, in the language the
  /// report is read in.
  var language: AlertLanguages { AlertLanguages(patient: .current, team: .current) }

  /// A column's header cell, with CSS classes when given.
  static func th(_ text: String, _ classes: String? = nil) -> Markup {
    guard let classes else { return "<th scope=\"col\">\(text)</th>" }
    return "<th scope=\"col\" class=\"\(classes)\">\(text)</th>"
  }

  /// A row of header cells, one for each text.
  static func header(_ texts: [String]) -> Markup {
    Markup(joining: texts.map { th($0) })
  }

  /// `entered on 2026-12-03` under the date of an entry written on a later day than it
  /// describes, as a paper chart marks a late entry; nothing for one written on its day.
  func late(_ entry: Entry) -> Markup {
    late(TimelineItem.enteredOn(entry.recordedAt, describing: entry.observedAt.date))
  }

  /// `entered on 2026-12-03`, under a date, when there is such a day.
  func late(_ enteredOn: LocalDate?) -> Markup {
    guard let enteredOn else { return "" }
    let text = tr("entered on %s", enteredOn.shown)
    return "<br><span class=\"small\">\(text)</span>"
  }

  /// A section with its heading; `id` names it for tests and for links within the page.
  func section(_ id: String, _ heading: String, _ body: Markup) -> Markup {
    "<section id=\"\(id)\(idSuffix)\">\n<h2>\(heading)</h2>\n\(body)</section>\n"
  }

  /// The last `limit` items, and a sentence counting those left out (empty when none are):
  /// `what` says how many earlier ones (`52 earlier signed milestones`).
  func latest<T>(_ items: [T], limit: Int, what: (Int) -> String) -> (
    shown: [T], leftOut: Markup
  ) {
    let shown = Array(items.suffix(limit))
    let older = items.count - shown.count
    guard older > 0 else { return (shown, "") }
    let text = tr(
      "%s in this period not listed; a report for a shorter period lists them.", what(older))
    return (shown, "<p class=\"summary\">\(text)</p>\n")
  }

  /// Rows above which a table may break across pages (its header repeats on each); shorter
  /// tables are kept whole on one page.
  static let longTable = 10

  /// A table of `rows` under the header cells `header`, with the CSS classes `kind`.
  func table(_ kind: String, header: Markup, rows: [Markup]) -> Markup {
    let classes = rows.count > Report.longTable ? "\(kind) long" : kind
    return """
      <table class="\(classes)">
      <thead><tr>\(header)</tr></thead>
      <tbody>
      \(rows)</tbody>
      </table>

      """
  }

  /// A sentence saying there is nothing to show.
  func empty(_ text: String) -> Markup {
    "<p class=\"empty\">\(text)</p>\n"
  }

  /// `from 2026-05-18 to 2026-11-22`, or the whole journey.
  var periodText: String {
    switch (input.from, input.to) {
    case (let from?, let to?): tr("%1$s to %2$s", from.shown, to.shown)
    case (let from?, nil): tr("%1$s to %2$s", from.shown, input.today.shown)
    case (nil, let to?): tr("the start of the journey to %s", to.shown)
    case (nil, nil): tr("the whole journey, to %s", input.today.shown)
    }
  }
}
