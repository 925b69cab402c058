import JourneyCore

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
