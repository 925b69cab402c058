extension LabDefinition {
  /// The name in `language`; the protocol's own (``label``) when it has no translation.
  public func label(in language: Language) -> String { translatedLabels[language] ?? label }

  /// The name in ``Language/current``, as the screens and the timeline show it.
  public var shownLabel: String { label(in: Language.current) }
}

extension LabDefinition.RangeStatus {
  /// `low`, `high`, `in range` in ``Language/current``; nil without a range.
  public var word: String? {
    switch self {
    case .low: tr("low", context: "lab value")
    case .high: tr("high", context: "lab value")
    case .normal: tr("in range", context: "lab value")
    case .noRange: nil
    }
  }
}
