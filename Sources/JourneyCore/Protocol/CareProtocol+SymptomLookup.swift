import Foundation

extension CareProtocol {
  /// The symptom a typed name means: its id or one of its aliases, ignoring case, with spaces
  /// and underscores read as hyphens (`Shortness of breath`, `shortness_of_breath`).
  public func symptom(named text: String) -> SymptomDefinition? {
    let key = SymptomDefinition.lookupKey(text)
    // The first symptom whose id or folded alias is the key, folding aliases only as needed.
    return symptoms.first { symptom in
      symptom.id == key || symptom.aliases.contains { SymptomDefinition.lookupKey($0) == key }
    }
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
    isFolded(text) ? text : folded(text)
  }

  /// The folding ``lookupKey(_:)`` does, character by character.
  static func folded(_ text: String) -> String {
    var key = ""
    var lastWasHyphen = false
    for character in trimmed(text).lowercased() {
      if character == "'" || character == "\u{2019}" { continue }
      let hyphen = character == " " || character == "_" || character == "-"
      if hyphen && lastWasHyphen { continue }
      key.append(hyphen ? "-" : character)
      lastWasHyphen = hyphen
    }
    return key
  }

  /// True when folding would give `text` back: lowercase ASCII letters, digits and single
  /// hyphens, as ids and most aliases are written.
  static func isFolded(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      let letterOrDigit =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      guard letterOrDigit || (byte == UInt8(ascii: "-") && previous != byte) else { return false }
      previous = byte
    }
    return true
  }

  /// `text.trimmingCharacters(in: .whitespaces)` without its string bridging, which made
  /// reading the protocol file (a few thousand names folded) a fifth of a command's time.
  static func trimmed(_ text: String) -> String {
    let space = CharacterSet.whitespaces
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !space.contains($0) }),
      let last = scalars.lastIndex(where: { !space.contains($0) })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }

  /// The id and every alias, folded as `lookupKey` folds what is typed.
  var lookupKeys: [String] { [id] + aliases.map(SymptomDefinition.lookupKey) }
}
