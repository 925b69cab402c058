import JourneyCore

extension AppContext {
  /// Refuses anyone but a nurse, with the line to type instead.
  ///
  /// `what` says what is the nurse's ("recording a grading"); `command` is the subcommand and
  /// options to repeat after `--role nurse`.
  func requireNurse(_ what: String, command: String) throws {
    guard author.role == .nurse else {
      throw CLIError(
        "\(what) is the nurse's: run it as `carejourney --role nurse --name NAME \(command)`")
    }
  }

  /// Saves entries observed now to the started journey in one write, then prints a `Saved` line
  /// for each with its date and day label (unless `quiet`, when the output is JSON).
  @discardableResult
  func saveNow(_ bodies: [Entry.Body], quiet: Bool = false) throws -> [Entry] {
    let (snapshot, care) = try loadStarted()
    let entries = bodies.map {
      Entry(id: newID(), recordedAt: now, observedAt: now, author: author, body: $0)
    }
    try store.appendEntries(entries)
    reportProblems(snapshot.problems)
    guard !quiet else { return entries }
    let day = StudyDay(date: now.date, journey: snapshot.journey, protocol: care)
    for item in Timeline.items(journey: Journey(), entries: entries, protocol: care) {
      say("Saved \(item.id): \(item.text) — \(now.date) \(now.clockText), \(day.label)")
    }
    return entries
  }
}
