import JourneyCore

extension Report {
  /// The caregiver's home neuro checks of the period, oldest first: the four answers, the
  /// sentence written and the note, who did it, and whether it raised the protocol's alert (an
  /// answer worse than the first check). Not ICE scores: they are the caregiver's, not scored.
  func neuroCheckSection() -> Markup {
    let heading = tr("Home neuro checks by the caregiver")
    let checks = inPeriod.filter { if case .homeNeuroCheck = $0.body { true } else { false } }
    guard !checks.isEmpty else {
      return section("neuro-checks", heading, empty(tr("No home neuro check in this period.")))
    }
    var raised: [String: Alert] = [:]
    for alert in RedFlags.alerts(for: checks, in: entries, journey: journey, protocol: care) {
      if let id = alert.entryID { raised[id] = alert }
    }
    let noChange = tr("no change from the first check")
    let rows = checks.compactMap { entry -> Markup? in
      guard case .homeNeuroCheck(let check) = entry.body else { return nil }
      var written: [Markup] = []
      if let sentence = check.sentence {
        let wrote = tr("wrote “%s”", sentence)
        written.append("\(wrote)")
      }
      if let note = check.note { written.append("\(note)") }
      let change: Markup =
        raised[entry.id].map { alert in
          "<strong>\(alert.symbol) \(alert.word):</strong> \(alert.seen(in: Language.current))"
        } ?? "\(noChange)"
      let objects = tr(
        "%1$s of %2$s", String(check.objectsNamed), String(HomeNeuroCheck.objects),
        context: "objects named")
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt))\(late(entry))</td>\
        <td>\(check.writing.word)</td><td class="num">\(objects)</td><td>\(check.date.word)</td>\
        <td>\(check.countBack.word)</td>\
        <td>\(Markup(joining: written, separator: "<br>"))</td><td>\(change)</td>\
        <td class="by">\(entry.author.description)</td></tr>

        """
    }
    let header = Markup(joining: [
      Report.th(tr("When")), Report.th(tr("Sentence")), Report.th(tr("Objects named"), "num"),
      Report.th(tr("Date")), Report.th(tr("Counting back")), Report.th(tr("Written, noted")),
      Report.th(tr("Compared with the first check")), Report.th(tr("By")),
    ])
    let text = tr(
      "The caregiver's daily check at home in the acute weeks: a standard sentence written (as "
        + "usual or changed), three objects named, the date said, counting back from 100 by "
        + "tens. It is not an ICE score and grades nothing; an answer worse than at the first "
        + "check, or a changed sentence, is urgent.")
    let legend: Markup = "<p class=\"legend\">\(text)</p>\n"
    return section(
      "neuro-checks", heading, table("compact neuro-checks", header: header, rows: rows) + legend)
  }
}
