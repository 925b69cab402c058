import Foundation

extension CareProtocol {
  /// The symptom a typed name means: its id or one of its aliases, ignoring case, with spaces
  /// and underscores read as hyphens (`Shortness of breath`, `shortness_of_breath`).
  public func symptom(named text: String) -> SymptomDefinition? {
    let key = SymptomDefinition.lookupKey(text)
    return symptoms.first { $0.lookupKeys.contains(key) }
  }

  /// Symptom ids close to a name that matched none, closest first, for
  /// "unknown symptom 'chils'; did you mean: chills?". Empty when nothing is close.
  public func closestSymptoms(to text: String, limit: Int = 3) -> [String] {
    let key = SymptomDefinition.lookupKey(text)
    return closestMatches(to: key, in: symptoms, names: \.lookupKeys, limit: limit).map(\.id)
  }
}

extension SymptomDefinition {
  /// A name as typed, folded the way ids are written: trimmed, lowercase, spaces and
  /// underscores as hyphens, apostrophes dropped (`Raynaud's` → `raynauds`).
  static func lookupKey(_ text: String) -> String {
    var key = ""
    var lastWasHyphen = false
    for character in text.trimmingCharacters(in: .whitespaces).lowercased() {
      if character == "'" || character == "\u{2019}" { continue }
      let hyphen = character == " " || character == "_" || character == "-"
      if hyphen && lastWasHyphen { continue }
      key.append(hyphen ? "-" : character)
      lastWasHyphen = hyphen
    }
    return key
  }

  /// The id and every alias, folded as `lookupKey` folds what is typed.
  var lookupKeys: [String] { [id] + aliases.map(SymptomDefinition.lookupKey) }
}
