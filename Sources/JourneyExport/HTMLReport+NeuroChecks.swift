import JourneyCore

extension Report {
  /// The caregiver's home neuro checks of the period, oldest first: the four answers, the
  /// sentence written and the note, who did it, and whether it raised the protocol's alert (an
  /// answer worse than the first check). Not ICE scores: they are the caregiver's, not scored.
  func neuroCheckSection() -> Markup {
    let heading = "Home neuro checks by the caregiver"
    let checks = inPeriod.filter { if case .homeNeuroCheck = $0.body { true } else { false } }
    guard !checks.isEmpty else {
      return section("neuro-checks", heading, empty("No home neuro check in this period."))
    }
    var raised: [String: Alert] = [:]
    for alert in RedFlags.alerts(for: checks, in: entries, journey: journey, protocol: care) {
      if let id = alert.entryID { raised[id] = alert }
    }
    let rows = checks.compactMap { entry -> Markup? in
      guard case .homeNeuroCheck(let check) = entry.body else { return nil }
      var written: [Markup] = []
      if let sentence = check.sentence { written.append("wrote “\(sentence)”") }
      if let note = check.note { written.append("\(note)") }
      let change: Markup =
        raised[entry.id].map { alert in
          "<strong>\(alert.symbol) \(alert.word):</strong> \(alert.seen)"
        } ?? "no change from the first check"
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt))\(late(entry))</td>\
        <td>\(check.writing.rawValue)</td><td class="num">\(check.objectsNamed) of \
        \(HomeNeuroCheck.objects)</td><td>\(check.date.rawValue)</td>\
        <td>\(check.countBack.rawValue)</td>\
        <td>\(Markup(joining: written, separator: "<br>"))</td><td>\(change)</td>\
        <td class="by">\(entry.author.description)</td></tr>

        """
    }
    let header: Markup = """
      <th scope="col">When</th><th scope="col">Sentence</th><th scope="col" class="num">Objects \
      named</th><th scope="col">Date</th><th scope="col">Counting back</th>\
      <th scope="col">Written, noted</th><th scope="col">Compared with the first check</th>\
      <th scope="col">By</th>
      """
    let legend: Markup = """
      <p class="legend">The caregiver's daily check at home in the acute weeks: a standard \
      sentence written (as usual or changed), three objects named, the date said, counting \
      back from 100 by tens. It is not an ICE score and grades nothing; an answer worse than at \
      the first check, or a changed sentence, is urgent.</p>

      """
    return section(
      "neuro-checks", heading, table("compact neuro-checks", header: header, rows: rows) + legend)
  }
}
