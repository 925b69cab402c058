import JourneyCore

extension AppContext {
  /// The alerts of the last ``RedFlags/openDays`` days, newest first, each with what was
  /// recorded about it (`carejourney alerts`), and what could not be read reported.
  public func answeredAlerts() throws -> (alerts: [RedFlags.Answered], journey: Journey) {
    let (snapshot, care) = try loadForAlerts(at: now)
    reportProblems(snapshot.problems)
    let languages = try languages(for: snapshot.journey)
    let answered = RedFlags.answered(
      journey: snapshot.journey, entries: snapshot.entries, protocol: care, now: now
    ).map { answered in
      var answered = answered
      answered.alert = answered.alert.speaking(languages)
      return answered
    }
    return (answered, snapshot.journey)
  }

  /// Records what was done about an alert (`carejourney alerts ack ID --note TEXT`, `a` on
  /// Today): an `acknowledgement` line, attributed like any other. Refuses an alert id not
  /// raised in the last ``RedFlags/openDays`` days and an empty note.
  public func acknowledge(alert id: String, note: String) throws -> SavedEntries {
    let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else {
      throw AppError(
        tr("say what was done, e.g. --note \"called the team at 14:32, told to come in\""))
    }
    let (alerts, _) = try answeredAlerts()
    guard alerts.contains(where: { $0.alert.id == id }) else {
      throw AppError(
        tr(
          "no alert %1$s in the last %2$s days; `carejourney alerts` lists them", id,
          String(RedFlags.openDays)))
    }
    return try saveNow([.acknowledgement(alert: id, note: text)])
  }
}
