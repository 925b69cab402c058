import JourneyCore

extension Report {
  /// Notes the report lists at most; older ones in the period are counted.
  static let noteLimit = 15
  /// Signed milestones listed at most: the latest signed.
  static let signedLimit = 12
  /// Upcoming milestones listed after the period when it runs to today.
  static let upcomingLimit = 3

  /// The protocol's milestones with their due dates and who signed them when: those due or
  /// signed in the period, every one still open (overdue or due), and the next few to come.
  func milestoneSection() -> Markup {
    let asOf = min(periodEnd, input.today)
    let all = journey.milestones(protocol: care, today: asOf)
    // A milestone marked done elsewhere has no date: it is listed whatever the period.
    let signed = all.filter { milestone in
      milestone.signature.map { signature in signature.on.map(input.includes) ?? true } ?? false
    }.enumerated().sorted { a, b in
      let (x, y) = (a.element.signature?.on, b.element.signature?.on)
      return x != y ? (x ?? asOf) < (y ?? asOf) : a.offset < b.offset
    }.map(\.element)
    let (latestSigned, leftOut) = latest(
      signed, limit: Report.signedLimit,
      what: { trn("%d earlier signed milestone", "%d earlier signed milestones", count: $0) })
    let listed = Set(latestSigned.map(\.id))
    var upcoming = 0
    let before = all.filter { $0.status == .notRecorded }
    let shown = all.filter { milestone in
      if milestone.signature != nil { return listed.contains(milestone.id) }
      switch milestone.status {
      case .overdue, .due: return true
      case .done, .notRecorded, .notApplicable: return false
      case .upcoming:
        guard let due = milestone.due, due > asOf, upcoming < Report.upcomingLimit else {
          return false
        }
        upcoming += 1
        return true
      }
    }
    let heading = tr("Milestones")
    guard !shown.isEmpty || !before.isEmpty else {
      return section(
        "milestones", heading, empty(tr("No milestone due or signed in this period.")))
    }
    let notKnown = tr("date not known yet")
    let elsewhere = tr("done elsewhere, date not entered")
    let notEntered = tr("date not entered")
    let notApplicable = tr("not applicable")
    let upcomingText = tr("upcoming")
    let notRecorded = tr("before CareJourney: not recorded")
    let rows = shown.map { milestone -> Markup in
      let due: Markup = milestone.due.map { dated($0) } ?? "\(notKnown)"
      let status: Markup
      switch milestone.status {
      case .done:
        status =
          milestone.signature.map { signature -> Markup in
            let note: Markup = signature.note.map { "<br><span class=\"small\">\($0)</span>" } ?? ""
            let when: Markup = signature.on.map { dated($0) } ?? "\(elsewhere)"
            let entered = signature.on.flatMap { on in
              signature.recordedOn.flatMap { $0 > on ? $0 : nil }
            }
            return "✓ \(signature.author.description), \(when)\(late(entered))\(note)"
          } ?? "✓"
      case .notApplicable:
        status =
          milestone.signature.map { signature -> Markup in
            let note: Markup = signature.note.map { " · \($0)" } ?? ""
            let when: Markup = signature.on.map { dated($0) } ?? "\(notEntered)"
            let by: Markup = "\(signature.author.description), \(when)"
            return "– \(notApplicable) (\(by)\(note))"
          } ?? "– \(notApplicable)"
      case .due:
        let word = tr("DUE TODAY")
        let unsigned = tr("not signed")
        status = "<strong>! \(word)</strong> · \(unsigned)"
      case .overdue:
        let word = tr("OVERDUE", context: "milestone status")
        let unsigned = tr("not signed")
        status = "<strong>!! \(word)</strong> · \(unsigned)"
      case .upcoming: status = "\(upcomingText)"
      case .notRecorded: status = "\(notRecorded)"
      }
      return """
        <tr class="\(milestone.status.rawValue)"><td class="nowrap">\(due)</td>\
        <td>\(milestone.title) <span class="small">· \(milestone.phase.title)</span></td>\
        <td>\(status)</td></tr>

        """
    }
    let header = Report.header([
      tr("Due"), tr("Milestone"), tr("Status on %s: signed by, on", asOf.shown),
    ])
    var body = leftOut + table("compact milestones", header: header, rows: rows)
    if !before.isEmpty {
      let titles = tr(
        "Before CareJourney: not recorded (%1$s): %2$s.", String(before.count),
        before.map(\.title).joined(separator: "; "))
      body = body + "<p class=\"small\">\(titles)</p>\n"
    }
    return section("milestones", heading, body)
  }

  /// Free-text notes of the period, oldest first, the latest few when there are many.
  func notesSection() -> Markup {
    let notes = inPeriod.filter { if case .note = $0.body { true } else { false } }
    guard !notes.isEmpty else {
      return section("notes", tr("Notes"), empty(tr("No notes in this period.")))
    }
    let (shown, leftOut) = latest(
      notes, limit: Report.noteLimit,
      what: { trn("%d earlier note", "%d earlier notes", count: $0) })
    let rows = shown.compactMap { entry -> Markup? in
      guard case .note(let text) = entry.body else { return nil }
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt))\(late(entry))</td>\
        <td class="by">\(entry.author.description)</td><td class="note">\(text)</td></tr>

        """
    }
    let header = Report.header([tr("When"), tr("By"), tr("Note")])
    let body = leftOut + table("compact notes", header: header, rows: rows)
    return section("notes", tr("Notes"), body)
  }
}
