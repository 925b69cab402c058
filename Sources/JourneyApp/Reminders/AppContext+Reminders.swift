import Foundation
import JourneyCore

extension AppContext {
  /// What is due now (`remind`): nil when there is no started journey here, which is no error
  /// (a hint goes to `warn`'s stream by the caller). A data directory that cannot be read, a
  /// damaged journey, or day files without their journey.jsonl is an error, never "nothing to
  /// remind": the cron job would stay silent while reminders are missed.
  public func dueReminders() throws -> [Reminder]? {
    try AppContext.checkReadable(store.directory.root)
    if let damaged = damagedJourney() { throw damaged }
    if let missing = missingJourneyFile() { throw missing }
    let from = today.adding(days: -RedFlags.openDays)
    let snapshot = store.hasJourney ? try store.load(entriesFrom: from, to: today) : nil
    guard let snapshot, snapshot.journey.isStarted else { return nil }
    let care = try loadProtocol(for: snapshot.journey)
    reportProblems(snapshot.problems)
    let languages = try languages(for: snapshot.journey)
    return Reminders.due(
      journey: snapshot.journey, entries: snapshot.entries, protocol: care, now: now
    ).map { reminder in
      var reminder = reminder
      reminder.shown = languages.shown
      return reminder
    }
  }

  /// Refuses a data directory that exists but is no readable folder: "no journey" would hide it.
  static func checkReadable(_ root: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else {
      throw AppError(tr("the data directory %s is a file, not a folder; check --data", root))
    }
    guard FileManager.default.isReadableFile(atPath: root),
      FileManager.default.isExecutableFile(atPath: root)
    else {
      throw AppError(tr("the data directory %s cannot be read; check its permissions", root))
    }
  }
}
