import JourneyCore

extension HistoryRow {
  /// What rows that say the same share: the text, the unit and the author. Ten years of rows
  /// say a few hundred things (a temperature, a symptom's severity, a medicine taken), so each
  /// row keeps one reference to them rather than three strings.
  final class Shared: Equatable, Sendable {
    let content: Content

    struct Content: Hashable, Sendable {
      var text: String
      var unit: String?
      var author: Author
    }

    init(_ content: Content) { self.content = content }

    static func == (a: Shared, b: Shared) -> Bool { a === b || a.content == b.content }

    /// The shared parts of the rows made so far, by what they say.
    struct Table: Sendable {
      private var byContent: [Content: Shared] = [:]

      /// The shared parts saying this, made once.
      mutating func shared(text: String, unit: String?, author: Author) -> Shared {
        let content = Content(text: text, unit: unit, author: author)
        if let shared = byContent[content] { return shared }
        let shared = Shared(content)
        byContent[content] = shared
        return shared
      }
    }
  }
}
