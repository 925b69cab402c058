import JourneyCore

extension Report {
  /// The header block: who, which protocol, where the journey stands, as of when, whom to call.
  func masthead() -> Markup {
    let now = input.now
    let asOf = "\(now.date) \(now.clockText) (UTC\(Timestamp.offsetText(now.utcOffset)))"
    let today = studyDay(input.today)
    let stand = "\(today.label) · \(journey.phase.title)"
    var facts: [(String, Markup)] = patientFacts()
    facts.append(("Issued by", "\(issuer)"))
    facts.append(("Protocol", "\(care.name) (\(journey.protocolID ?? care.id))"))
    if let zero = journey.dayZero {
      let word = journey.infusionDate == nil ? "planned" : "infusion"
      facts.append(("Day 0 (\(word))", "\(zero)"))
    }
    if let start = journey.phaseStart {
      facts.append(("\(journey.phase.title) since", dated(start)))
    }
    facts.append(("CAR-T team", "\(journey.teamPhone ?? "no phone number recorded")"))
    facts.append(("Period", "\(periodText)"))
    facts.append(("Daily charts", "\(chartStart) to \(chartEnd) (\(chartDays) days)"))
    let rows = facts.map { fact -> Markup in
      "<div><dt>\(fact.0)</dt><dd>\(fact.1)</dd></div>\n"
    }
    return """
      <header class="masthead">
      <div class="masthead-top"><p class="kind">CareJourney · Visit report</p>\
      <p class="as-of">As of <strong>\(asOf)</strong></p></div>
      <h1>\(journey.patient ?? "No journey started")</h1>
      <p class="stand">\(stand)</p>
      <dl class="facts">
      \(rows)</dl>
      </header>

      """
  }

  /// The patient's date of birth, sex and identifiers (each as `VALUE (SYSTEM)`), as given.
  func patientFacts() -> [(String, Markup)] {
    let details = journey.patientDetails
    var facts: [(String, Markup)] = [
      ("Born", "\(details.born.map(\.description) ?? "not recorded")")
    ]
    if let sex = details.sex { facts.append(("Sex", "\(sex.rawValue)")) }
    for identifier in details.identifiers {
      facts.append(
        ("Identifier", "\(identifier.value) <span class=\"small\">(\(identifier.system))</span>"))
    }
    return facts
  }

  /// The centre issuing the report, as the protocol names it.
  var issuer: String { care.centre ?? "the treating centre (the protocol names none)" }

  /// The line printed at the top of every page (a repeated table header: Chromium prints no
  /// `@page` margin boxes): who the patient is, the date of birth and identifiers, the report's
  /// date and the issuing centre, so a loose page is never anonymous. Shown only in print; the
  /// masthead says the same on screen.
  func runningHeader() -> Markup {
    let details = journey.patientDetails
    var who: [Markup] = ["<strong>\(journey.patient ?? "No journey started")</strong>"]
    who.append("born \(details.born.map(\.description) ?? "not recorded")")
    for identifier in details.identifiers {
      who.append("\(identifier.value) (\(identifier.system))")
    }
    return """
      <thead class="running"><tr><td><div class="running-header">\
      <span>\(Markup(joining: who, separator: " · "))</span>\
      <span>Visit report of \(input.today) · \(issuer)</span></div></td></tr></thead>

      """
  }

  /// Events of `journey.jsonl` the fold refused: the report says so rather than hide them.
  func problemsNotice() -> Markup {
    guard !journey.problems.isEmpty else { return "" }
    let items = journey.problems.map { problem -> Markup in "<li>\(problem)</li>\n" }
    return """
      <aside class="notice"><p><strong>! \(journey.problems.count) journey \
      event\(journey.problems.count == 1 ? "" : "s") could not be applied</strong> and are left \
      out of this report; CareJourney's check of its data files lists them.</p>
      <ul>
      \(items)</ul></aside>

      """
  }

  /// What the report is and is not, and where its numbers come from.
  func footer() -> Markup {
    """
    <footer>
    <p>Made by CareJourney from the journey's own records, as logged by the patient, the \
    caregiver and the nurse. Entries struck out by a correction are left out of the charts and tables \
    (the Corrections section shows each one struck through, with who corrected it and why); corrected values \
    are shown. Fever line, red flags, reference ranges and remission cut-offs come from the \
    protocol \(care.id). This report lists what was recorded; it does not diagnose.</p>
    </footer>

    """
  }
}
