import JourneyCore

extension Report {
  /// The header block: who, which protocol, where the journey stands, as of when, whom to call.
  func masthead() -> Markup {
    let now = input.now
    let asOf = "\(now.date) \(now.clockText) (UTC\(Timestamp.offsetText(now.utcOffset)))"
    let today = studyDay(input.today)
    let stand = "\(today.label) · \(journey.phase.title)"
    var facts: [(String, Markup)] = [
      ("Protocol", "\(care.name) (\(journey.protocolID ?? care.id))")
    ]
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

  /// Events of `journey.jsonl` the fold refused: the report says so rather than hide them.
  func problemsNotice() -> Markup {
    guard !journey.problems.isEmpty else { return "" }
    let items = journey.problems.map { problem -> Markup in "<li>\(problem)</li>\n" }
    return """
      <aside class="notice"><p><strong>! \(journey.problems.count) journey \
      event\(journey.problems.count == 1 ? "" : "s") could not be applied</strong> and are left \
      out of this report; <code>carejourney verify</code> lists them.</p>
      <ul>
      \(items)</ul></aside>

      """
  }

  /// What the report is and is not, and where its numbers come from.
  func footer() -> Markup {
    """
    <footer>
    <p>Made by CareJourney from the journey's own records, as logged by the patient, the \
    caregiver and the nurse. Entries struck out by a correction are left out; corrected values \
    are shown. Fever line, red flags, reference ranges and remission cut-offs come from the \
    protocol \(care.id). This report lists what was recorded; it does not diagnose.</p>
    </footer>

    """
  }
}
