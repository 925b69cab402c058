import JourneyCore

extension Phase {
  /// The phase's title inside a sentence (`Entered hospital stay on …`): in lower case where the
  /// language writes it so (English, Spanish), as it is in German (a noun) and Chinese.
  public var inSentence: String {
    switch Language.current {
    case .english, .spanish: title.lowercased()
    case .german, .simplifiedChinese: title
    }
  }
}
