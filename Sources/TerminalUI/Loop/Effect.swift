import JourneyCore

/// What the app loop must do after a key: write, reload, quit. The reducer never does it itself.
public enum Effect: Equatable, Sendable {
  /// Save entries observed now; the loop adds ids, times and the author.
  case log([Entry.Body])
  /// Save a journey event; the loop adds id, time and author, and checks it under the lock.
  case record(JourneyEvent.Body)
  /// Start a journey (the Start screen): the phases passed recorded as the plan says, every
  /// line signed by `typist`, who is then remembered as the person at the keyboard.
  case start(JourneyStartPlan, typist: Author)
  /// Remember who is at the keyboard on this computer (outside the data directory).
  case rememberPerson(Author)
  /// Write the sample journey (the Start screen).
  case openDemo
  /// Export the journey to a new file in the home folder, off the loop: the runner answers at
  /// once with `Action.working` and later with `Action.finished`.
  case export(ExportFormat)
  /// Correct the line `id` (an entry or a journey event) by the person at the keyboard,
  /// through the same write as `carejourney amend`, checked under the lock.
  case correct(id: String, reason: String, change: CorrectionChange)
  /// Read the files again.
  case reload
  case quit
}
