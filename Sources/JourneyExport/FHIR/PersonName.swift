import Foundation

/// A name as typed, with its family and given parts when it is written `Family, Given`
/// (`Santos, Maria`), as FHIR's `HumanName` holds them; otherwise the text alone: splitting
/// `Maria da Silva Santos` at a guess would give a clinic a wrong family name to match on.
struct PersonName: Equatable {
  var text: String
  var family: String?
  var given: [String]

  init(_ typed: String) {
    text = typed
    let parts = typed.split(separator: ",", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains(",") else {
      family = nil
      given = []
      return
    }
    family = parts[0]
    given = parts[1].split(separator: " ").map(String.init)
  }
}
