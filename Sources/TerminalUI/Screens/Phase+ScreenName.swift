import JourneyCore

extension Phase {
  /// A phase as Help and the Start screen's summary name it: in English the word
  /// `carejourney advance` takes (`hospital-stay`); in another language its title, since
  /// those words are English.
  public var screenName: String { Language.current == .english ? rawValue : title }
}
