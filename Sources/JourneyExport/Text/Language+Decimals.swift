import JourneyCore

extension Language {
  /// A number already written with a decimal point (`LabDefinition.format`, `DecimalText`), as
  /// this language writes it: `7,5` in German and Spanish, `7.5` in English and Chinese. Such
  /// numbers have no grouping separators, so only the point changes.
  public func decimals(_ text: String) -> String {
    switch self {
    case .german, .spanish: text.replacingOccurrences(of: ".", with: ",")
    case .english, .simplifiedChinese: text
    }
  }
}
