import JourneyCore

extension HistoryRow {
  /// What rows that say the same share: the text, the unit and the author. Ten years of rows
  /// say a few hundred things (a temperature, a symptom's severity, a medicine taken), so each
  /// row keeps one reference to them rather than three strings.
  final class Shared: Equatable, Sendable {
    let text: String
    let unit: String?
    let author: Author

    init(text: String, unit: String?, author: Author) {
      self.text = text
      self.unit = unit
      self.author = author
    }

    static func == (a: Shared, b: Shared) -> Bool {
      a === b || (a.text == b.text && a.unit == b.unit && a.author == b.author)
    }

    /// The shared parts of the rows made so far, by what they say.
    struct Table: Sendable {
      private var byContent: [Key: Shared] = [:]

      struct Key: Hashable, Sendable {
        var text: String
        var unit: String?
        var author: Author
      }

      /// The shared parts saying this, made once.
      mutating func shared(text: String, unit: String?, author: Author) -> Shared {
        let key = Key(text: text, unit: unit, author: author)
        if let shared = byContent[key] { return shared }
        let shared = Shared(text: text, unit: unit, author: author)
        byContent[key] = shared
        return shared
      }
    }
  }
}
