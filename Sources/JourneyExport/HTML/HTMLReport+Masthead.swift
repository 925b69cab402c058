import JourneyCore

extension Report {
  /// The header block: who, which protocol, where the journey stands, as of when, whom to call.
  func masthead() -> Markup {
    let now = input.now
    let asOf = "\(now.date.shown) \(now.clockText) (UTC\(Timestamp.offsetText(now.utcOffset)))"
    let today = studyDay(input.today)
    let stand = "\(today.label) · \(journey.phase.title)"
    var facts: [(String, Markup)] = patientFacts()
    facts.append((tr("Issued by"), "\(issuer)"))
    facts.append((tr("Protocol"), "\(care.name(in: .current)) (\(journey.protocolID ?? care.id))"))
    if let zero = journey.dayZero {
      let label = journey.infusionDate == nil ? tr("Day 0 (planned)") : tr("Day 0 (infusion)")
      facts.append((label, "\(zero.shown)"))
    }
    if let start = journey.phaseStart {
      facts.append((tr("%s since", journey.phase.title), dated(start)))
    }
    let phone = journey.teamPhone ?? tr("no phone number recorded")
    facts.append((tr("CAR-T team"), "\(phone)"))
    facts.append((tr("Period"), "\(periodText)"))
    let days = trn("%d day", "%d days", count: chartDays)
    let charts = tr("%1$s to %2$s (%3$s)", chartStart.shown, chartEnd.shown, days)
    facts.append((tr("Daily charts"), "\(charts)"))
    let rows = facts.map { fact -> Markup in
      "<div><dt>\(fact.0)</dt><dd>\(fact.1)</dd></div>\n"
    }
    let kind = tr("Visit report")
    let asOfLabel = tr("As of")
    let patient = journey.patient ?? tr("No journey started")
    return """
      <header class="masthead">
      <div class="masthead-top"><p class="kind">CareJourney · \(kind)</p>\
      <p class="as-of">\(asOfLabel) <strong>\(asOf)</strong></p></div>
      <h1>\(patient)</h1>
      <p class="stand">\(stand)</p>
      <dl class="facts">
      \(rows)</dl>
      </header>

      """
  }

  /// The patient's date of birth, sex and identifiers (each as `VALUE (SYSTEM)`), as given.
  func patientFacts() -> [(String, Markup)] {
    let details = journey.patientDetails
    let born = details.born.map(\.shown) ?? tr("not recorded")
    var facts: [(String, Markup)] = [(tr("Born"), "\(born)")]
    if let sex = details.sex { facts.append((tr("Sex"), "\(Report.sexText(sex))")) }
    for identifier in details.identifiers {
      facts.append(
        (
          tr("Identifier"),
          "\(identifier.value) <span class=\"small\">(\(identifier.system))</span>"
        ))
    }
    return facts
  }

  /// The patient's sex for records, in words.
  static func sexText(_ sex: PatientSex) -> String {
    switch sex {
    case .female: tr("female", context: "sex")
    case .male: tr("male", context: "sex")
    case .other: tr("other", context: "sex")
    case .unknown: tr("unknown", context: "sex")
    }
  }

  /// The centre issuing the report, as the protocol names it.
  var issuer: String { care.centre ?? tr("the treating centre (the protocol names none)") }

  /// The line printed at the top of every page (a repeated table header: Chromium prints no
  /// `@page` margin boxes): who the patient is, the date of birth and identifiers, the report's
  /// date and the issuing centre, so a loose page is never anonymous. Shown only in print; the
  /// masthead says the same on screen.
  func runningHeader() -> Markup {
    let details = journey.patientDetails
    let patient = journey.patient ?? tr("No journey started")
    let born = tr("born %s", details.born.map(\.shown) ?? tr("not recorded"))
    var who: [Markup] = ["<strong>\(patient)</strong>", "\(born)"]
    for identifier in details.identifiers {
      who.append("\(identifier.value) (\(identifier.system))")
    }
    let report = tr("Visit report of %1$s · %2$s", input.today.shown, issuer)
    return """
      <thead class="running"><tr><td><div class="running-header">\
      <span>\(Markup(joining: who, separator: " · "))</span>\
      <span>\(report)</span></div></td></tr></thead>

      """
  }

  /// Events of `journey.jsonl` the fold refused: the report says so rather than hide them.
  func problemsNotice() -> Markup {
    protocolNotice() + eventsNotice()
  }

  /// That the journey's own protocol could not be used, and why: the fever line, the red flags
  /// and the ranges of this report are the built-in protocol's.
  func protocolNotice() -> Markup {
    guard let warning = input.protocolWarning else { return "" }
    let headline = tr("This report does not follow the journey's own protocol.")
    return """
      <aside class="notice"><p><strong>! \(headline)</strong> \(warning).</p></aside>

      """
  }

  /// The journey events that could not be applied.
  func eventsNotice() -> Markup {
    guard !journey.problems.isEmpty else { return "" }
    let items = journey.problems.map { problem -> Markup in "<li>\(problem)</li>\n" }
    let count = journey.problems.count
    let headline = trn(
      "%d journey event could not be applied", "%d journey events could not be applied",
      count: count)
    let leftOut = trn(
      "It is left out of this report; CareJourney's check of its data files lists it.",
      "They are left out of this report; CareJourney's check of its data files lists them.",
      count: count)
    return """
      <aside class="notice"><p><strong>! \(headline)</strong> \(leftOut)</p>
      <ul>
      \(items)</ul></aside>

      """
  }

  /// What the report is and is not, and where its numbers come from.
  func footer() -> Markup {
    let text = tr(
      "Made by CareJourney from the journey's own records, as logged by the patient, the "
        + "caregiver and the nurse. Entries struck out by a correction are left out of the charts "
        + "and tables (the Corrections section shows each one struck through, with who corrected "
        + "it and why); corrected values are shown. Fever line, red flags, reference ranges and "
        + "remission cut-offs come from the protocol %s. This report lists what was recorded; it "
        + "does not diagnose.", care.id)
    return """
      <footer>
      <p>\(text)</p>
      </footer>

      """
  }
}
