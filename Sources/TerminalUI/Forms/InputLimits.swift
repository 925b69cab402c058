import JourneyCore

/// The longest line a person types into CareJourney: the same ``TextLimits`` as the command line.
public enum InputLimits {
  /// The limit for free text (notes, medications, reasons).
  public static let characters = TextLimits.freeText

  /// The limit for what `purpose` asks for: names and phone numbers are short.
  public static func characters(for purpose: AppState.Input.Purpose) -> Int {
    switch purpose {
    case .signerName, .signerBefore, .startName, .startPhone, .personName, .startBorn, .startSex:
      TextLimits.name
    case .startIdentifier: 2 * TextLimits.name + 1
    default: TextLimits.freeText
    }
  }
}
