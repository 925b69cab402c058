import JourneyCore

/// Struck-through text, as on a paper chart: each character with a combining long stroke.
public enum Strike {
  public static func through(_ text: String) -> String {
    String(
      text.flatMap { character -> [Character] in
        character == " " ? [character] : [Character(String(character) + "\u{0336}")]
      })
  }
}
