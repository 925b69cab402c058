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

/// What happens to the app: a key, new data, or the result of an effect.
public enum Action: Equatable, Sendable {
  case key(Key)
  /// Data read again (after a save, or because another terminal wrote).
  case loaded(JourneyData)
  /// The clock moved on (alerts and due milestones depend on it).
  case tick(Timestamp)
  /// An effect's write failed; the message says why. Typed input stays on screen.
  case failed(String)
  /// An effect's write succeeded; the message says what was saved.
  case saved(String)
  /// A long effect (an export) runs in the background; the progress line says what it does,
  /// and keys keep answering meanwhile.
  case working(String)
  /// The background effect ended: the notice says how, and the progress line goes.
  case finished(AppState.Notice)
}
