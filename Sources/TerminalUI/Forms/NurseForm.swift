import JourneyCore

/// The nurse's forms: the ICE score, the ASTCT grading and the SLEDAI-2K.
public enum NurseForm: Equatable, Sendable {
  /// Ten ICE items, each 0 or 1, with the focused item.
  case ice(items: [Int], focus: Int)
  /// The grading inputs with the focused field; the temperature as typed.
  case grading(GradingInput, temperature: String, focus: Int)
  /// SLEDAI-2K descriptors and the DORIS inputs.
  case sledai(SledaiForm)
}
