import JourneyCore

extension Journey {
  /// ``allowedText`` as a sentence: "Next: … ." with a capital and a full stop.
  public var allowedSentence: String {
    allowedText.prefix(1).uppercased() + allowedText.dropFirst() + "."
  }
}
